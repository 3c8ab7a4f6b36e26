"""Hand gold for part b of the test13 split (tests/corpus/test13/, index_b.json): one Wikinews article, 2005.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim. Files read: tests/gold/README.md, the helpers P, M, A,
X of tests/gold/build_gold.py, tests/gold/check_part.py, tests/gold/test12_i.py, the docstrings of test12_j.py and
test12_k.py (and, to check words, of every tests/gold/test*_?.py and heldout_?.py), the item enums of
schemas/briefing.schema.json, the Putin/Chavez items of test5_a.py and test5_c.py (to see how earlier parts read a
stated threat), and every tests/corpus/*/index.json and tests/corpus/test13/index_*.json.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_flights.conllu). find_files listed the path at commit
c62d76acdf9e997362424821efb3e92094668a1d; read_file served the stored version at commit
735dbbd74f167b4a95026527271fba0893b76d57, read to its end (three pages, 40,513 characters, 22 sentences; `# text`
lines, no `# meta` lines and no `# newpar` marks, so the body is one paragraph). Title = the headline (sentence 1,
"Taiwan-China flights begin"); date = the dateline (sentence 2, "Saturday, January 29, 2005"); url = the Wikinews
address of the title (no sourceURL is stored).
The body was rebuilt from the `# text` lines of sentences 3-22, in order, joined by one space (no sentence's last
token has SpaceAfter=No), one final newline. Dropped: the headline (sentence 1) and the dateline (sentence 2); the
file has no caption, pull quote or picture line. Kept as stored: the wire-style place line at the head of sentence 3
("BEIJING/TAIPEI — Nonstop flights ...", part of that sentence's `# text`; doubt: a dateline of sorts, kept because
it is inside a body sentence), the em dashes, straight quotes and apostrophes, "took off from the Guangzhou",
"Chinese New Years", "a three hour flight".

Region and year: East Asia, January 2005: the first nonstop charter flights between mainland China and Taiwan since
1949, agreed in negotiations in Macau; the two sides are "still technically at war", Taiwan's President Chen
Shui-bian has been reluctant to open direct links for fear the People's Republic could use airliners to invade, and
the PRC refuses to deal with his "independence-leaning government".

Domain (doubt): a cross-strait diplomatic dispute and a thaw in it, not fighting: two sides technically at war,
negotiations, a ban on direct links, one side refusing to deal with the other's government, a stated invasion
fear. Drop it if the split must hold only armed conflict, terrorism, sanctions or expulsions. It is the only
article of my slice within the look-up budget that is not off topic, so the part holds one article, not the two to
four the brief asks for.

Same-article check: the title and url are in no tests/corpus/index.json, tests/corpus/*/index.json or
tests/corpus/test13/index_*.json (index_a, d, f and g were there when this part was finished: an Africa-Europe
summit, the Gambian election, a BBC poll on the Iraq invasion, Israel's settlement freeze), and no other file under
tests/corpus/ mentions Taiwan, so no earlier split holds this event or another cross-strait article.

How the slice (AMALGUM words beginning with e and f) was searched: 66 look-ups in all (within the 70 allowed): 54
exact-path guesses with find_files, one find_repos, five repository listings, six read_file pages. Both AMALGUM
listings stop before the e-words of amalgum/news/dep ("catholic") or list only e/f names that earlier parts name
(amalgum_extra, up to "sheffield"), so every word was guessed, each first checked against the brief's used names and
a list of every word of the docstrings of tests/gold/test*_?.py and heldout_?.py. Most plain e/f words are already
named there as tried (fears, faces, elected, fighting, foreign, forces, expelled, egypt, eu, fire, fired, fires,
enters, escapes, exile, expels, extends, ...); a few that earlier docstrings use only in prose (ends, former, five,
fight) were tried too. All guesses were in amalgum/news/dep.
- Kept: flights ("Taiwan-China flights begin", 2005-01-29), read in full.
- Opened and left out (first page read): freezes ("93-year-old Michigan man freezes to death after electric company
  limits his power usage", 2009): a domestic death; fbi ("President Trump fires FBI Director James Comey, raising
  questions about Russia investigation", 2017): US domestic politics (the Russia inquiry is background; no state or
  group charges another in the page read).
- Words tried that are not in amalgum/news/dep: foiled, evacuation, extradited, fundamentalist, escalating, exiles,
  firefight, eases, flares, fsb, evo, funds, feared, fugitives, escalate, ends, former, escalated, encounter,
  exchanges, fragile, expired, enraged, eyadema, faure, fretilin, entebbe, fujimori, eelam, euromaidan, freetown,
  erekat, eliasson, fernandez, esper, frattini, fence, eide, fort, finnish, famine, ebadi, five, extradite, evacuate,
  fight, extended, efforts, economic, fury, exposed.
- Other public copies looked at: find_repos "wikinews" (71 repositories); the listings of adithya7/cdec-wikinews,
  weitweety/RAG_Wikinews and shashidhardaida/LocalSearchSystemForWikiNews (code only, no article text) and of
  lukasmoldon/wikinews (plots and scripts in the first hundred files); airKlizz/WikinewsSum cleaned_endataset.json
  (first page read): English Wikinews bodies with the text of every wiki link stripped (", the  of the People's
  Republic of China had lunch today with the  of Brazil, , ...") beside source articles from other, non-free sites;
  left out, as test4_a left out stripped bodies: the names the gold needs are missing.

Reading choices (doubts):
- Parties: China (the People's Republic, "the mainland", Beijing) and Taiwan (the Republic of China, the ROC
  government, Taipei, "the island", President Chen's government). Taiwan as kind "state" (countryinfo lists it);
  doubt: the PRC does not recognise it as one.
- Chen Shui-bian's reason for reluctance, "the possibility that the People's Republic of China could disguise troop
  carriers as commercial airliners to invade Taiwan", is read as an accusation by Taiwan against China (a stated
  threat, as test5_c read "US troops in Poland are a threat"). Doubt: it is hypothetical, a fear more than a charge
  of wrongdoing; a reading with no accusation at all is defensible.
- No mediator: the talks were held in Macau, with no host or broker named; Hong Kong is only the transit "third
  party" for flights; the Taiwanese opposition lawmakers who "helped arrange the flights" belong to one side.
- No alliance: the agreement on flights is between the two adversaries, with no joint declaration.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401  (A, M: no alliance or mediator in this article)

# --- Taiwan-China flights begin (2005) -----------------------------------------------------------------------
TW_FIRST = (
    "BEIJING/TAIPEI \u2014 Nonstop flights between mainland China and Taiwan took off Saturday for the first time in "
    "more than half a century."
)
TW_AT_WAR = "This marked the first successful direct flight across the two sides, still technically at war."
TW_CHEN = (
    "Although there is consensus on all sides to resume the three links \u2014 direct postal, telephone, and airline "
    "links \u2014 between mainland China and Taiwan, Taiwan's President Chen Shui-bian has been reluctant to move "
    "ahead, citing the possibility that the People's Republic of China could disguise troop carriers as commercial "
    "airliners to invade Taiwan."
)
TW_ROC_HOPES = (
    "The ROC government hopes the flights can form the basis for further negotiations and better relations with the "
    "People's Republic of China."
)
TW_PRC = (
    "However, the PRC, which is refusing to deal with the independence-leaning government of President Chen, is less "
    "optimistic."
)

GOLD = {
    # Cross-strait relations, January 2005: the first nonstop charter flights between mainland China and Taiwan since
    # 1949, planned after negotiations in Macau; the two sides still technically at war; Chen Shui-bian's fear of an
    # invasion by disguised airliners; the PRC refuses to deal with his government.
    "2005-01-29-taiwan-china-flights-begin": [
        # One side of the dispute: technically at war with Taiwan, cited as a possible invader, refusing to deal with
        # Chen's government.
        P("China", "state", TW_FIRST, TW_CHEN, TW_PRC,
          aliases=["People's Republic of China", "PRC", "mainland China", "the mainland", "mainland", "Beijing",
                   "Mainland Chinese", "Mainland Chinese officials"]),
        # The other side: its government banned direct links, its president fears an invasion, it hopes for better
        # relations with the PRC. Doubt: kind "state" (see the docstring).
        P("Taiwan", "state", TW_FIRST, TW_CHEN, TW_ROC_HOPES,
          aliases=["Republic of China", "ROC", "The ROC government", "ROC government", "Taipei", "Taiwanese",
                   "the island", "Chen Shui-bian", "President Chen"]),
        # Taiwan's president cites the possibility that the PRC could use airliners to invade. Doubt: hypothetical,
        # a stated threat rather than a charge of a past wrong (see the docstring).
        X("Taiwan", "China", "could disguise troop carriers as commercial airliners to invade Taiwan",
          TW_CHEN, speaker="Chen Shui-bian"),
        # Not items: "the PRC, which is refusing to deal with the independence-leaning government of President
        # Chen" (the article's own words, not a charge the PRC is quoted making; doubt: it could be read as China
        # labelling Chen's government independence-leaning); "still technically at war" and "despite the political
        # tensions" (the article's framing, no accuser); the Kuomintang and "the Communists" (sides of the 1949 civil
        # war, background only); the ROC government's ban on direct flights and the Taiwanese lobbying their own
        # government to ease it (a domestic policy quarrel, no allegation); John Chang's "hopes of the two sides for
        # peace" (a hope, no accused). No mediator: the Macau negotiations name no host or broker (doubt: Macau as
        # venue is not an actor); Hong Kong is a transit point; the opposition lawmakers who helped arrange the
        # flights are Taiwanese (a side). No alliance. Hong Kong, Macau, China Southern Airlines and the Taiwanese
        # businesspeople are not parties.
    ],
}
