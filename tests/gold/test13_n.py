"""Hand gold for part n of the test13 split (tests/corpus/test13/, index_n.json): one Wikinews article, 2017.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim. Files read: tests/gold/README.md,
tests/gold/test12_i.py, the docstrings of test12_j.py, test12_k.py and test13_a, b, d, f, g and h (and, as a word
list only, of every tests/gold/test*_?.py and heldout_?.py), /tmp/annot/wave1_tried.txt, the helpers P, M, A, X of
tests/gold/build_gold.py, the head of tests/gold/check_part.py, the kind enums of schemas/briefing.schema.json,
tests/corpus/test12/README.md, tests/corpus/test13/index_h.json, and the titles of every tests/corpus/**/index*.json.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_visas.conllu). find_files listed the path at commit
c62d76acdf9e997362424821efb3e92094668a1d; read_file served the stored version at commit
2dcbcbeffb9192941645e52ba0635469ed8bb91b, read to its end (three pages, 41,376 characters, 23 sentences; untokenised
`# text` lines with SpaceAfter=No marks, no `# meta` lines and no `# newpar` marks, so the body is one paragraph). A
read at commit 16231153 (the version with `# meta` and `# newpar` lines in other files) was refused: the file is not
stored there. Title = the headline (sentence 1); date = the dateline (sentence 2, "Thursday, November 9, 2017"); url =
the Wikinews address of the title (no sourceURL is stored in this version).
The body was rebuilt from the `# text` lines of sentences 3-21, in order, joined by one space (no kept sentence's
last token has SpaceAfter=No), one final newline. Dropped: the headline (sentence 1, "Turkey, US embassies resume
issuing non-immigrant visas"), the dateline (sentence 2), and the "related news" box at the end (sentence 22, the
heading "Reated news" [sic], and sentence 23, the link `"Over 250 killed in failed coup attempt in Turkey" —
Wikinews, Monday, July 18, 2016`): not body text, as captions and pull quotes are not. The file has no image caption
or pull quote. Kept as stored: the interlanguage-link debris and the Turkish original of the embassy's quote inside
the body (sentence 8 ends `in the U.S." ((tr))Turkish language:` and sentence 9 begins `ABD'de Türk
vatandaşlarıyla ... bulunmaktadır and said none of ...`: both are inside stored body sentences, so they stay),
"assess[ed]", "the detained employees ... had ... and has pending cases", "Ankara's US embassy ambassador",
"Kurdistan Worker's Party", "In regards to", straight quotes, "Gülen" and "Uluçay" with their diacritics.

Region and year: Turkey and the United States, November 2017: the two countries' visa dispute (October 2017) after
Turkey arrested a Turkish employee of the US mission (Metin Topuz) for alleged ties with Fethullah Gülen, whom
Turkey blames for the failed coup of July 2016; the US embassy suspended non-immigrant visa services pending an
assessment of Turkey's "commitment ... to the security of our diplomatic facilities and personnel", and both sides
now resume limited visa services after Turkish assurances.

Domain: a diplomatic dispute between two states (tit-for-tat suspension of visa services, the arrest of a mission's
local staff, assurances as the price of resumption), with terrorism and coup charges in the background (Gülen, the
PKK). No fighting.

Same-article and same-event check: the title and url are in no tests/corpus/index.json, tests/corpus/*/index.json
or tests/corpus/test13/index_*.json (index_a, b, d, f, g and h were there when this part was written: an
Africa-Europe summit, Taiwan-China flights, the Gambian election, a BBC poll on the Iraq invasion, Israel's
settlement freeze, the UN in Gaza; index_i, "World's defense chiefs meet in Singapore", 2007, appeared before this
part was finished). No file under tests/corpus/ mentions Gülen, Topuz, John Bass or non-immigrant
visas (grep). The nearest earlier articles are Turkey-US ones of other years and events (test6's "Turkey outraged
over U.S. Armenian genocide resolution", 2007; test7's "Bush pledges support for Turkey after meeting with PM",
2007) and test5's "Libya and Switzerland to meet about visa bans" (2010), another visa dispute.

How the slice (words t-z, second wave) was searched: 59 search/read calls in all, within the 65 allowed: 52
exact-path look-ups with find_files, all in amalgum/news/dep, and 7 read_file calls (three pages of visas, the one
refused read at commit 16231153, and the first page of each of witnesses, thousands and workers). Part h of the
first wave had the same letters; both AMALGUM listings stop before the t-z names (amalgum/news/dep at "catholic",
amalgum_extra/news/dep at "sheffield"), so words were guessed one at a time, each first checked against the AMALGUM
names in tests/corpus, the brief's lists, /tmp/annot/wave1_tried.txt and a list of every word of the docstrings of
tests/gold/test*_?.py and heldout_?.py. When the free words ran out of hits, words that earlier docstrings use only
in prose (never as tried, found or left out) were tried: territories, witnesses, thousands, workers, women, western,
town, unknown, unmanned, ulfa, unamid, worshippers, warriors, village (tried before only in amalgum_extra). Of the
four hits, three were named after the headline's first word (witnesses, thousands, workers), so the last guesses
were headline-opening plural nouns.
- Kept: visas ("Turkey, US embassies resume issuing non-immigrant visas", 2017-11-09), read in full.
- Opened and left out (first page read): witnesses ("Witnesses expose big corruption scheme of the Brazilian ruling
  party", 2005-06-29): Brazilian domestic corruption (the mensalão); thousands ("Thousands march in anti-Brexit
  protest, London", 2019-03-28): a domestic protest march; workers ("Argentinian workers preparing to defend control
  of factory", 2005-04-26): a labour dispute over a factory.
- Words tried that are not in amalgum/news/dep: vieira, tandja, taya, tadic, tatars, timorese, valley, wing, tank,
  unhurt, talk, truth, walls, yobe, tribunals, treaties, tactics, yacht, tapes, thwarts, visitors, ulfa, unamid,
  territories, unmanned, town, village, two, three, top, tens, uk, world, women, unknown, tentative, twenty,
  western, zimbabweans, worshippers, warriors, uzbeks, vigilantes, teachers, thais, tuaregs, yazidis, teenagers.
Only one article: four of 52 guesses existed and one of the four was in the domain; the remaining budget could not
have paid for reading another hit to its end.

Reading choices (doubts):
- The embassies, the consulate, the ambassador John Bass and "our Mission" act for the United States; the Turkish
  embassy, "Turkish officials", "Turkish police" and "the Turkish government" act for Turkey. Ankara (the capital,
  "Turkey's capital Ankara") and Washington DC ("the US capital Washington DC") are kept as aliases.
- Parties: the United States and Turkey, the two sides of the visa dispute. Fethullah Gülen and the Kurdistan
  Worker's Party are read as accused in Turkey's charges only, not as sides of the dispute (doubt: Gülen is the
  reason for the arrest at the centre of the article; a reading with him as a party is defensible).
- Accusations: Turkey against Gülen (the coup) and against the Kurdistan Worker's Party ("terror organisation"),
  both clear; the United States against Turkey (Bass: no known evidence against the arrested employee, and the
  assessment of Turkey's commitment to the mission's security) is a doubt: it is an implied charge of an unfounded
  arrest rather than an explicit one. Turkey's "very serious concerns about ongoing cases against Turkish citizens in
  the U.S." is read as no accusation (a concern, no wrong alleged; doubt).
- No mediator and no alliance: the assurances and the resumption are between the two disputants.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Turkey, US embassies resume issuing non-immigrant visas (2017) ------------------------------------------------
VI_MONDAY = (
    "On Monday, the US embassy in Turkey's capital Ankara released a statement on their website announcing they are "
    "to resume accepting new requests for non-immigrant visas on a limited basis in the country."
)
VI_TURKISH_EMBASSY = (
    "Shortly after the announcement, the Turkish embassy in the US capital Washington DC also announced they are to "
    "continue processing a limited number of non-immigrant visas."
)
VI_MEASURE = (
    "Last month, after a Turkish employee at the US embassy was arrested, the embassy introduced this measure to "
    "minimise how many visitors they received while they \"assess[ed] the commitment of the Government of Turkey to "
    "the security of our diplomatic facilities and personnel.\""
)
VI_ARRESTED = "Turkish officials arrested two staff members this year."
VI_TOPUZ = (
    "Metin Topuz, a Turkish employee at the embassy, was arrested on October 4 for alleged ties with Fethullah Gülen."
)
VI_COUP = (
    "According to the Turkish government, Gülen played a major role in last year's failed coup which led to the "
    "deaths of more than 250 people."
)
VI_BASS = (
    "Last month, Ankara's US embassy ambassador John Bass said, \"We have been unable to determine why it occurred or "
    "what, if any, evidence exists against the employee.\""
)
VI_PKK = (
    "Uluçay was a translator in the US consulate in Adana, and was accused of belonging to the Kurdistan Worker's "
    "Party, which the Turkish government has labelled a \"terror organisation\"."
)

GOLD = {
    # The US-Turkey visa dispute of October-November 2017: after Turkey arrested a Turkish employee of the US mission
    # (alleged ties with Gülen), the US embassy limited visa services; both embassies now resume issuing
    # non-immigrant visas after Turkish assurances on the mission's local staff.
    "2017-11-09-turkey-us-embassies-resume-issuing-non-immigrant-visas": [
        # The side whose mission's staff were arrested and which suspended, then resumed, visa services.
        P("United States", "state", VI_MONDAY, VI_MEASURE,
          aliases=["US", "U.S.", "US embassy", "the US embassy", "US consulate", "our Mission", "John Bass", "Bass",
                   "Washington DC", "Washington"]),
        # The side that arrested the staff, gave the assurances and limited its own visa processing in return.
        P("Turkey", "state", VI_MONDAY, VI_ARRESTED,
          aliases=["Turkish", "Government of Turkey", "Turkish government", "the Turkish government",
                   "Turkey's embassy", "Turkish embassy", "Turkish officials", "Turkish police", "Ankara"]),
        # Turkey (its government) blames Gülen for the failed coup of 2016. Gülen acts for no state or group the
        # article names, so the person is the accused; VI_TOPUZ introduces him by his full name.
        X("Turkey", "Fethullah Gülen", "played a major role in last year's failed coup", VI_COUP, VI_TOPUZ),
        # Labelling a group a terror organisation is an accusation (README).
        X("Turkey", "Kurdistan Worker's Party", "labelled a \"terror organisation\"", VI_PKK),
        # Doubt: an implied charge that Turkey arrested the mission's employee with no known evidence, and doubt about
        # its commitment to the mission's security; the ambassador speaks for the United States. A reading with no
        # accusation here is defensible.
        X("United States", "Turkey",
          "unable to determine why it occurred or what, if any, evidence exists against the employee",
          VI_BASS, VI_MEASURE, speaker="John Bass"),
        # Not items: Turkey's "very serious concerns about ongoing cases against Turkish citizens in the U.S." (a
        # concern, no wrong alleged; doubt: it can be read as Turkey's counter-charge against the United States);
        # Turkey's "the detained employees of the US embassy had \"very serious charges\"", Topuz "arrested ... for
        # alleged ties with Fethullah Gülen" and Uluçay "accused of belonging to" the PKK (charges against
        # individual employees, persons who are no actors, the last two passive); the Turkish embassy's statement
        # that "none of the Turkish employees ... were under investigation" (an explanation, not a charge); the
        # "assurances" and the resumption of visa services (between the two disputants: no alliance, no mediator).
        # Gülen and the Kurdistan Worker's Party are accused only, not parties (see the docstring). The failed
        # coup's 250 dead and the visa ban's effect on Turkish citizens are background.
    ],
}
