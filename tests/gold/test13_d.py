"""Hand gold for part d of the test13 split (tests/corpus/test13/, index_d.json): one Wikinews article, 2011.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim. Files read: tests/gold/README.md, tests/gold/test12_i.py,
the docstrings of tests/gold/test12_j.py and test12_k.py (and, as a word list only, of every tests/gold/test*_?.py
and heldout_?.py), the helper signatures of tests/gold/build_gold.py, tests/gold/check_part.py, test10_a.py and
test10_c.py (how earlier parts annotated a disputed election), the kinds in schemas/briefing.schema.json,
tests/corpus/test12/README.md and index.json, and every tests/corpus/**/index*.json.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_jammeh.conllu). find_files listed the path at commit
ad33923d67196f3fb8f716c80616036c0a111865; read_file served the stored version at commit
735dbbd74f167b4a95026527271fba0893b76d57, read to its end (four pages, 56,849 characters, 29 sentences; `# text`
lines, no `# meta` lines and no `# newpar` marks, so the body is one paragraph). Title = the headline (sentence 1,
"Yahya Jammeh wins Gambia presidential election"), date = the dateline (sentence 2, "Saturday, November 26, 2011"),
url = the Wikinews address of the title.
The body was rebuilt from the `# text` lines of sentences 3-29, in order, joined by one space (no kept sentence's
last token has SpaceAfter=No), one final newline. Dropped: the headline (sentence 1) and the dateline (sentence 2);
the file has no image caption or pull quote. Characters as stored: the typo "presidental", the curly apostrophes of
"Gambia’s", "didn’t", "don’t" and "Cameroon’s" beside the straight ones of "government's" and "Jammeh's", the em
dashes around "Cameroon’s Electoral Board", the bracketed "[and]" and "[to Gambia]", and the quotes split over two
stored sentences (the AU head's `anywhere. The policemen ... process."`; Carayol's `invalid votes. All Gambians
understand the system".`), joined by one space as the tokens say.

Region and year: West Africa, November 2011: Gambia's presidential election, won by the incumbent Yahya Jammeh (who
took power in a 1994 coup); the opposition leader calls the result fraudulent; ECOWAS refuses to send observers,
citing intimidation and repression, and the electoral commission contests its accusations; AU observers (with the
OIC and the Commonwealth) find the vote fair.

Domain (doubt): a disputed election, not a war: a regional organisation (ECOWAS) and the opposition accuse the
government of intimidation, repression and fraud, and the government rejects the charges. Kept as a dispute between
a state, an opposition party and an international organisation, as earlier splits kept Zimbabwe's and Kenya's
disputed elections (test10, test11); drop it if the split must hold only armed conflict, terrorism, sanctions or
expulsions. It is the only in-domain article found in my letters within the look-up budget, so the part holds one
article, not the two to four the brief asks for.

Same-article check: the title and url are in no tests/corpus/**/index*.json, nor in tests/corpus/test13/index_a.json
or index_f.json (the other test13 indexes present when this part was finished: the 2007 Africa-Europe summit and a
2006 BBC poll on the Iraq invasion). No corpus
file or earlier split holds an article on Gambia or Jammeh (the one mention of "gambia" in the gold docstrings is
test11_b's list of words tried and not found).

How the slice (words i, j, k, l) was searched: 67 search calls in all, within the 70 allowed (58 exact-path
find_files look-ups in amalgum/news/dep, one find_string, eight read_file pages). The amalgum/news/dep listing stops
at "catholic" and the amalgum_extra/news/dep listing at "sheffield" (every name in them used or rejected), so words
were guessed one at a time, each first checked against the AMALGUM names in tests/corpus/ and against a list of every
word of the docstrings of tests/gold/test*_?.py and heldout_?.py (words in that list were not looked up).
- find_string "AMALGUM_news_k" found only the AMALGUM README's sample name (khadr, already named by earlier parts).
- Kept: jammeh ("Yahya Jammeh wins Gambia presidential election", 2011-11-26), read in full.
- Opened and left out (first page read): ireland ("UEFA Euro 2016, day 13: Iceland-Austria, Hungary-Poland,
  Italy-Republic of Ireland and Sweden-Belgium", 2016): football. launch ("NASA's InSight lander and MarCO craft
  launch in new mission to Mars", 2018): space flight. kirchner ("Cristina Kirchner set to win Argentinian
  presidential elections", 2007-10-28): an ordinary election, no dispute. lands ("Space Shuttle Atlantis lands in
  California", 2007-06-22): space flight.
- Words tried that are not in amalgum/news/dep: impose, indicts, kaliningrad, khmer, lugansk, jericho, leaves,
  investigates, kenyatta, lahoud, leads, khatami, kasab, jintao, jaafari, kayani, larijani, lesotho, koreas, kurils,
  kigali, lithuania, kilinochchi, kano, khost, jonglei, ituri, keita, jalili, lugovoi, jumblatt, karroubi, kunming,
  kashgar, jaipur, iceland, kosovars, kenyans, liu, lee, kaczynski, kuchma, koroma, lugo, kokang, irbil, karen,
  jihadi, looting, lethal, indictment, isolation, kashmiris.

Reading choices (doubts):
- Jammeh, "the Jammeh government", the election commission and its chairman Mustapha Carayol act for the state:
  the actor is Gambia. Carayol's "contested the accusations of ECOWAS" and "are free and fair" are denials, not
  accusations.
- The United Democratic Party (kind "other", as earlier parts gave political parties) is the accuser of Darboe's
  charge, Darboe its speaker; the accused is Gambia (the results are the election commission's, the winner the
  president). "bogus, fraudulent and preposterous" and "constitute a capricious deception of the will of the people"
  are one charge said twice.
- ECOWAS is read as a party (it refuses to send observers and accuses the government; the government contests its
  accusations). Doubt: it may be read as a commentator from afar.
- ECOWAS's list of reasons is read as three allegations (intimidation and repression; the ruling party's control of
  the electronic media; the lack of neutrality of state institutions), one item each, by the README's one item per
  allegation. Doubt: it may be read as one charge (the reasons for one refusal).

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Yahya Jammeh wins Gambia presidential election (2011) -------------------------------------------------------
GM_WON = (
    "In Gambia, current president Yahya Jammeh has won a presidental election, allowing him to take a fourth term in "
    "office."
)
GM_COMMISSION = "According to the election commission, Jammeh gained 72% of the votes."
GM_DARBOE_VOTE = (
    "Carayol also stated Ousainou Darboe, the leader of the United Democratic Party, took 17% of the vote, while Hamat "
    "Bah, of the United Front coalition, received 11% of votes."
)
GM_DISPUTED = (
    "Darboe has disputed the validity of these results, calling them \"bogus, fraudulent and preposterous\" and "
    "claimed that they \"constitute a capricious deception of the will of the people\"."
)
GM_CONCERN = (
    "Before polling commenced, the Economic Community of West African States (ECOWAS) expressed concern about the "
    "fairness of the election and the freedom of Gambian voters."
)
GM_REFUSED = (
    "ECOWAS refused to send poll observers to monitor Gambia\u2019s vote; they cited \"intimidation, an unacceptable "
    "level of control of the electronic media by the party in power, the lack of neutrality of state and para-statal "
    "institutions, and an opposition and electorate cowed by repression and intimidation\" as reasons for their "
    "refusal to do so."
)
GM_CONTESTED = (
    "Meanwhile, Carayol has contested the accusations of ECOWAS, stating that the Gambia election process is \"one of "
    "the fairest in the world\"."
)

GOLD = {
    # Gambia, November 2011: the incumbent Jammeh wins a fourth term; opposition leader Darboe (United Democratic
    # Party) calls the result fraudulent; ECOWAS refuses to send observers, citing intimidation, media control and
    # partial state institutions, and the electoral commission contests its accusations; AU observers find the vote
    # fair; background on Jammeh's rule and its critics.
    "2011-11-26-yahya-jammeh-wins-gambia-presidential-election": [
        # The government whose election is disputed (Jammeh, his government and the election commission act for it).
        P("Gambia", "state", GM_WON, GM_REFUSED, GM_CONTESTED,
          aliases=["the Gambia", "Gambian", "Gambia\u2019s", "current president Yahya Jammeh", "Yahya Jammeh", "Jammeh",
                   "the Jammeh government", "the government", "the election commission", "Mustapha Carayol",
                   "Carayol", "electoral chairman"]),
        # The opposition party whose leader disputes the result. No party kind fits a political party better than
        # "other".
        P("United Democratic Party", "other", GM_DARBOE_VOTE, GM_DISPUTED,
          aliases=["Ousainou Darboe", "Darboe", "the leader of the United Democratic Party"]),
        # Doubt: a regional organisation read as a side (it refuses to send observers and accuses the government,
        # which contests its accusations), not as a commentator from afar.
        P("Economic Community of West African States", "international_organisation", GM_CONCERN, GM_REFUSED,
          GM_CONTESTED, aliases=["ECOWAS"]),
        # One charge said twice (two phrasings of the same sentence). GM_DARBOE_VOTE names his party, GM_WON the
        # state and its president, whose win "these results" are; GM_COMMISSION ties the results to the state's
        # election commission.
        X("United Democratic Party", "Gambia",
          "\"bogus, fraudulent and preposterous\"; \"constitute a capricious deception of the will of the people\"",
          GM_DISPUTED, GM_DARBOE_VOTE, GM_WON, GM_COMMISSION, speaker="Ousainou Darboe"),
        # ECOWAS's reasons for refusing to send observers, which the electoral chairman calls "the accusations of
        # ECOWAS". Doubt: read as three allegations (one item each); a reading with one item for the whole list is
        # defensible. "intimidation" and "an opposition and electorate cowed by repression and intimidation" are
        # read as one charge said twice.
        X("Economic Community of West African States", "Gambia",
          "intimidation; an opposition and electorate cowed by repression and intimidation", GM_REFUSED),
        # Doubt: the charge is aimed at "the party in power" (Jammeh's party, never named); read as the state's.
        X("Economic Community of West African States", "Gambia",
          "an unacceptable level of control of the electronic media by the party in power", GM_REFUSED),
        X("Economic Community of West African States", "Gambia",
          "the lack of neutrality of state and para-statal institutions", GM_REFUSED),
        # Not items: ECOWAS's "expressed concern about the fairness of the election and the freedom of Gambian voters"
        # (a concern, read with its later charges; doubt: could be a fourth item); Carayol's "contested the
        # accusations of ECOWAS", "one of the fairest in the world" and "are free and fair" (denials); the AU
        # observers' "We didn’t notice any intimidation anywhere", Fonkam's "did not witness any incidents of
        # violence or intimidation" and "sovereign masters of their destinies" (assessments that rebut ECOWAS but
        # accuse nobody; doubt: "those who wanted to see" may glance at ECOWAS, not named); Jammeh's "all Gambian
        # people are mad" (a boast); Jammeh's claim to have delivered more development "than the British were able to
        # deliver in 400 years" (a boast about his rule, no wrong alleged against the United Kingdom; doubt); the
        # "criticism from international rights groups" of the government's attitude to the press, the disappearance
        # and detaining of journalists (unnamed accuser); Jammeh's answer "if anybody expects me to allow less than 1%
        # of the population to destroy 99% of the population" (aimed at journalists, no actor the article names);
        # "eight people accused of plotting Jammeh's overthrow were sentenced to death" (passive, no accuser named);
        # "The three elections Jammeh previously won have also received a substantial amount of criticism" (no
        # accuser); the 1994 "bloodless coup in which he overthrew the previous president" (the article's own
        # report). No mediator: nobody brokers or hosts talks (the observer missions monitor a vote). No alliance:
        # the OIC, Commonwealth and AU observers overseeing the poll together, and the AU's satisfaction with it, are
        # not read as a tie with a side (doubt: the AU's and Fonkam's endorsement could be read as political support
        # for Gambia). The African Union, the Organisation of Islamic Cooperation, the Commonwealth of Nations,
        # ELECAM (Cameroon's Electoral Board), BBC News Online, Voice of America, the United Front coalition (a
        # candidate that disputes nothing) and the international rights groups are not parties.
    ],
}
