"""Hand gold for part c of the test9 split (tests/corpus/test9/, index_c.json): two Wikinews articles, 2008-2009.

Written by an independent annotator (part c, AMALGUM file words m-r) by reading each article under
tests/gold/README.md, before any rule was scored on them and without running the tool, opening its code or reading
its rules; quotes are copied by hand from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{reactor,phosphorus}.conllu). Stored versions read: reactor at
commit 2dcbcbeffb9192941645e52ba0635469ed8bb91b (no `# meta` lines, no `# newpar` marks, so the body is one
paragraph and the address is built from the headline); phosphorus at 16231153d3fdab7b314c374f43f2a194b5206c58 (with
`# meta` lines, whose sourceURL is the address given, and `# newpar` marks, which give its six paragraphs). Dates
are the datelines (reactor Thursday, April 24, 2008; phosphorus Friday, January 23, 2009, a day after the corpus's
dateCreated); titles are the headlines. The body was rebuilt from the `# text` lines: headline and dateline dropped
in both; sentences joined by one space, none where the sentence's last token has SpaceAfter=No (reactor: "... that
could produce plutonium. \"" runs straight into "This has nothing to do with North Korea and Syria.", and the lone
`"` sentence runs straight into "Rather, the information ..."); a final newline. Also dropped:
- reactor: two pull-quote boxes, whose words the body repeats: "We are convinced, based on a variety of information,
  that North Korea assisted Syrian covert nuclear activities both before and after the reactor was destroyed." /
  "—US statement to reporters"; and "This has nothing to do with North Korea and Syria." / "They just want to exert
  more pressure on North Korea." / "This is why they are coming up with this story." / "—" / "Sami Khiyami, Syrian
  ambassador to UK".
- phosphorus: the image box (`# newpar = figure | caption`) "Israeli munitions, white flames, and smoke that human
  rights group say indicate the use of white phosphorus." / "Image: Al Jazeera.".
Characters are otherwise as stored, typos kept ("a airstrike", "According to the The New York Times", "familiar with
matter", "Khiyami said." after the closing quote, the curly closing quote of "inflame the North Koreans,” one
senior administration official" and the curly apostrophe of "that’s"; "head quarters", "phosphorous" beside
"phosphorus", "The other type of bomb ... are fired").

Regions and years: the Middle East and East Asia (US charges, April 2008, that North Korea helped Syria build the
reactor Israel bombed in September 2007, with the six-party talks in the background); Israel and Gaza (the Israeli
military's admission of white phosphorus use in the 2008-2009 Gaza offensive, January 2009).
Same-event check: test4 holds "Israel announces ceasefire in Gaza Strip; rocket fire into Israel continues"
(2009-01-18), the same war but another event (the ceasefire itself; this article is the later report on phosphorus
use, which names the ceasefire only as its date); test6's "Rights group in Afghanistan investigating claim of US
use of phosphorus bombs" (2009-05-11) is another conflict. No title in tests/corpus/*/index.json is about the Syrian
reactor or North Korea's help with it (test4's North Korean "quasi-state of war" of 2015 and test5's NPT conference
of 2005 are other events).

How the slice was searched: find_files lists only the first hundred files of amalgum/news/dep (a-c), and neither
find_string nor the code search found a listing of the m-r names, so files were looked up by exact path, one guessed
word at a time, after checking each word against the words the brief excludes and every word in the docstrings of
tests/gold/test*_?.py and heldout_?.py (49 guesses, 5 in the folder; about 70 look-ups in all, the pages of the two
articles, listing and search attempts included; the budget ran out before a third conflict article was found).
Considered and left out:
- maldives ("Malaysia: 'Most' debris found on Maldives islands not 'plane material'", 2015): the MH370 debris
  search, no dispute.
- olympic ("Olympic highlights: August 9, 2008"): sport results, no dispute.
- pakistani (the Khyber Pakhtunkhwa assembly's FATA merger vote, 2018): opened before I saw that test5_c already
  names it (left out there as domestic law); not used.
- Words tried that are not in the folder: martial, militias, rockets, paramilitary, palestine, rafah, overthrow,
  rangoon, raids, refugee, nepal, mines, palestinians (in an earlier docstring; tried by oversight), mediators,
  rebellion, prisoner, russians, marawi, maduro, rohingya, puigdemont, navalny, nusra, roadside, pope, polisario,
  mehsud, proliferation, marmara, malvinas, peshmerga, mitrovica, poti, qana, mh17, nablus, ndjamena, philippines,
  rawalpindi, najaf, revolution, resistance, radical, rival.
- Only two articles: the brief asks for three or four; no third conflict article turned up within the look-up
  budget.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- US claims North Korea helped Syria build the reactor Israel bombed (2008) --------------------------------
RE_BRIEFED = (
    "Members of the United States Congress were briefed today on United States intelligence that alleges that North "
    "Korea has been taking part in proliferation with Syria by helping them build and use a nuclear reactor located "
    "in the Syrian desert."
)
RE_VIDEO = (
    "According to news reports, citing sources familiar with matter, members of Congress viewed a video purporting to "
    "show North Korean workers at the Syrian plant."
)
RE_DESTROYED = "The plant was destroyed in a airstrike last September by Israeli F-15Is of 69 Squadron IAF."
RE_CONVINCED = (
    "In a statement released to reporters the US government said, \"We are convinced, based on a variety of "
    "information, that North Korea assisted Syrian covert nuclear activities both before and after the reactor was "
    "destroyed.\""
)
RE_INSPECTORS = (
    "They have also disallowed international inspectors to visit the area, giving rise to suspicions that the "
    "Syrians are covering up something."
)
RE_KHIYAMI = (
    "The Syrian ambassador to the United Kingdom, Sami Khiyami, has dismissed accusations by the United States that "
    "it is helping to build a reactor there that could produce plutonium."
)
RE_PRESSURE = "They just want to exert more pressure on North Korea."
RE_STORY = "This is why they are coming up with this story.\" Khiyami said."
RE_COOPERATION = (
    "He added, \"The cooperation between North Korea and Syria has nothing to do with [building] a nuclear facility."
)
RE_ECONOMIC = "Cooperation is mainly economic.\""
RE_JAAFARI = (
    "The Syrian ambassador to the United Nations, Bashar Jaafari, concurred by saying, \"There was no Syria-North "
    "Korea cooperation whatsoever in Syria."
)
RE_FAKED = (
    "Syria itself has denied cooperation with North Korea and is suggesting the video has been faked."
)
RE_NYT = (
    "According to the The New York Times, there are suggestions inside the United States State Department, that the "
    "release of this video is an attempt by hardliners inside the Bush administration, including Vice President Dick "
    "Cheney, to undermine the six-party talks over North Korea's nuclear program."
)
RE_HILL = (
    "Christopher R. Hill, the Assistant Secretary of State for East Asian and Pacific Affairs and the US negotiator in "
    "the six-party talks, believes the Syrian incident is a sideshow and that the more important issue is to stop "
    "North Korea from producing more plutonium and give up what it has."
)
RE_CHENEY = (
    "Dick Cheney's office and other conservatives have said that a proposed deal, negotiated by Hill in the six-party "
    "talks, is unbalanced in favor of North Korea."
)

# --- Israeli military confirms white phosphorus use in the Gaza offensive (2009) ------------------------------
PH_REPORT = (
    "The Israeli military announced in a report on Thursday that it has used at least 20 white phosphorus bombs "
    "inside civilian areas during the IDF's offensive in the Gaza Strip to try and stop rockets being fired by Hamas, "
    "from going into southern Israel."
)
PH_CEASEFIRE = (
    "The report comes as Israeli naval gunships went silent for the first time since Israel announced their "
    "ceasefire on January 18, with Hamas following a few days later."
)
PH_AMNESTY = (
    "\"We saw streets and alleyways littered with evidence of the use of white phosphorus, including still burning "
    "wedges and the remnants of the shells and canisters fired by the Israeli army,\" said Christopher Cobb-Smith, "
    "with Amnesty International who is also an expert in the field of weapons."
)
PH_FARMLAND = (
    "200 of the bombs were used, 180 of which were used on farmland and orchards, where militants were launching "
    "rockets into southern Israel."
)
PH_RESIDENTIAL = (
    "The other 20 were used in residential areas, but the IDF says they were fired in areas that rockets were being "
    "fired from."
)

GOLD = {
    # US intelligence: North Korea helped Syria build the reactor Israel destroyed; Syria denies; the six-party talks.
    "2008-04-24-us-claims-north-korea-helped-syria-build-reactor-bombed-by-i": [
        P("United States", "state", RE_BRIEFED, RE_CONVINCED,
          aliases=["US", "United States", "the US government", "US government", "United States intelligence",
                   "Members of the United States Congress", "members of Congress", "Congress",
                   "United States State Department", "Bush administration", "the Bush administration",
                   "Vice President Dick Cheney", "Dick Cheney", "Dick Cheney's office", "Christopher R. Hill", "Hill",
                   "the US negotiator in the six-party talks", "one senior administration official",
                   "Representative Pete Hoekstra", "Hoekstra", "Representative Howard Berman", "Berman"]),
        P("North Korea", "state", RE_BRIEFED, RE_CONVINCED,
          aliases=["North Korean", "the North Koreans", "North Koreans", "North Korea's"]),
        P("Syria", "state", RE_BRIEFED, RE_KHIYAMI,
          aliases=["Syrian", "the Syrians", "Syrians", "The Syrian ambassador to the United Kingdom", "Sami Khiyami",
                   "Khiyami", "The Syrian ambassador to the United Nations", "Bashar Jaafari"]),
        # Doubt: Israel's airstrike of September 2007 is background (one sentence, and the headline the body drops);
        # read as a side that attacked the Syrian plant.
        P("Israel", "state", RE_DESTROYED, RE_VIDEO, aliases=["Israeli", "IAF", "69 Squadron IAF"]),
        # The tie the US alleges (helping Syria build and use the reactor). Doubt: Khiyami's "The cooperation between
        # North Korea and Syria ... Cooperation is mainly economic" could be read as a second, admitted tie (kind
        # other); kept as one tie between the pair, since Jaafari and Syria deny any cooperation.
        A(["North Korea", "Syria"], "alleged_involvement", RE_BRIEFED, RE_CONVINCED),
        # One allegation said twice (the intelligence briefing; the US government's statement).
        X("United States", "North Korea",
          "taking part in proliferation with Syria by helping them build and use a nuclear reactor; North Korea "
          "assisted Syrian covert nuclear activities both before and after the reactor was destroyed",
          RE_BRIEFED, RE_CONVINCED),
        # Doubt: the charge against Syria is implied by the same statements (Syria's "covert nuclear activities", the
        # reactor "located in the Syrian desert"); read as an allegation of its own against Syria.
        X("United States", "Syria",
          "Syrian covert nuclear activities; build and use a nuclear reactor located in the Syrian desert",
          RE_CONVINCED, RE_BRIEFED),
        # Syria's counter-charge: the US made the story up to pressure North Korea. Doubt: it comes with Syria's
        # denial; the faked video (said by "Syria itself", not Khiyami) is read as the same allegation said again,
        # since it is the US's evidence that Syria calls fabricated.
        X("Syria", "United States",
          "they just want to exert more pressure on North Korea, this is why they are coming up with this story; the "
          "video has been faked",
          RE_KHIYAMI, RE_PRESSURE, RE_STORY, RE_FAKED, speaker="Sami Khiyami"),
        # Not items: Khiyami's and Jaafari's denials ("has nothing to do with", "We deny these rumours") and Syria's
        # denial of cooperation (denials); "giving rise to suspicions that the Syrians are covering up something"
        # (no accuser: the article's own report, RE_INSPECTORS); the airstrike by Israeli F-15Is (the article's
        # report, no accuser); the State Department "suggestions" reported by the New York Times that hardliners
        # including Cheney released the video to undermine the six-party talks (Doubt: a charge inside the US
        # government, accuser and accused both the United States, RE_NYT); Cheney's office calling the deal
        # "unbalanced in favor of North Korea" (a judgment of a deal, RE_CHENEY); Hoekstra's "It happened eight months
        # later than it should have" (a judgment of the briefing's timing); Hill's and Berman's calls to stop North
        # Korea producing plutonium and make it honour its commitments (calls, no new allegation). No mediator: the
        # six-party talks are negotiations in which the US (Hill, "the US negotiator") is a side, and the article
        # names no chair or host of them.
    ],
    # Israel admits using white phosphorus in civilian areas of Gaza; Amnesty's evidence; rockets from Hamas.
    "2009-01-23-israeli-military-confirms-the-use-of-white-phosphorus-bombs": [
        P("Israel", "state", PH_REPORT, PH_CEASEFIRE,
          aliases=["Israeli", "The Israeli military", "Israeli military", "the military", "IDF", "the IDF",
                   "the Israeli army", "Israeli army", "Israeli naval gunships", "An official for the IDF"]),
        # Doubt on the alias: "militants were launching rockets into southern Israel" is not tied to Hamas by name,
        # but repeats the rocket fire the first sentence gives to Hamas.
        P("Hamas", "armed_group", PH_REPORT, PH_CEASEFIRE, aliases=["militants"]),
        # Doubt: the use is one Israel itself admits; Amnesty's witness account is still a charge against the Israeli
        # army (phosphorus fired into streets and alleyways).
        X("Amnesty International", "Israel",
          "evidence of the use of white phosphorus, including still burning wedges and the remnants of the shells "
          "and canisters fired by the Israeli army",
          PH_AMNESTY, speaker="Christopher Cobb-Smith"),
        # Doubt: Israel's report justifies its use of the bombs by rocket fire from Hamas, and the IDF says the bombs
        # in residential areas hit places rockets were fired from; read as one allegation by Israel against Hamas
        # (the purpose clause may be the journalist's wording of the report).
        X("Israel", "Hamas",
          "rockets being fired by Hamas, from going into southern Israel; areas that rockets were being fired from",
          PH_REPORT, PH_RESIDENTIAL),
        # Not items: the United Nations headquarters and the hospital "bombed with white phosphorus" (the article's
        # report, no accuser; Israel says its guidance system failed, an admission; Doubt: the UN is read as a site
        # hit, not a side, so it is no party); "Doctors in Gaza say that dozens of civilians have been treated for
        # burns" (no accused named, no actor); the illegality under Protocol 3 (the article's own statement); the
        # Israeli military's earlier claim never to have used the bomb (a denial); "Israel claims they were following
        # international law" (a defence); the casualty figures (the article's report). No alliance or mediator: the
        # ceasefires of Israel and Hamas are announced separately, and nobody brokers them in this article.
    ],
}
