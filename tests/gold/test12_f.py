"""Hand gold for part f of the test12 split (tests/corpus/test12/, index_f.json): one Wikinews article, 2015.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim. Files read: tests/gold/README.md, the helpers P, M, A,
X and the GOLD examples at the top of tests/gold/build_gold.py, tests/gold/test11_a.py, tests/gold/check_part.py and
every tests/corpus/*/index.json and tests/corpus/test12/index_*.json (index_c and index_d were there; no title or
event of theirs is near this one).

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public GUM corpus (`amir-zeldes/gum`,
dep/GUM_news_asylum.conllu), read to its end at commit 67cfd84f306e5683e47f4dc99b34c5f9becb2df5 (three pages,
36,183 characters; `# meta::` lines and `# newpar` marks present). Title (meta::title), date (meta::dateCreated
2015-05-18, which is also the dateline) and url (meta::sourceURL) come from the meta lines. An older stored version
(commit 01f29e4aa00529b809a7a1adc157047127a0a449, first page read) has the same `# text` lines for sentences 1-10 but
no meta lines and no paragraph marks; the newer one was used.
The body was rebuilt from the `# text` lines: DROPPED the headline (sentence 1, "Over 900 asylum seekers rescued off
Indonesian coast", newpar_block head) and the dateline (sentence 2, "Monday, May 18, 2015"); nothing else dropped
(this version has no figure, image caption, "Image:" credit or source box). Sentences are joined by one space (no
sentence's last token has SpaceAfter=No) and a blank line starts each of the eight paragraphs the file marks with
`# newpar` (3 | 4-7 | 8 | 9 | 10 | 11 | 12-14 | 15). Characters are as stored, typos kept: "said fisherman first
noticed" (GUM marks it Typo=Yes, CorrectForm=fishermen), "the Untied Nations" (Typo=Yes, CorrectForm=United), the
verbless "One Rohingya, Muhammad Amin, the first boat rescued on Friday was turned around twice, ...", "Indonesia
waters", "South East Asia".

How the slice was searched (27 search/read calls). My letters are a-g. The dep/ listing of amir-zeldes/gum stops at
dep/GUM_essay_fracking.conllu, and under="dep/GUM_news" lists nothing. find_string "GUM_news_asylum" found a public
script (a 2025 rs4 reader) that lists GUM's standard train/dev/test splits by document name; its news documents
are afghan, asylum, clock, crane, defector, election, expo, flag, hackers, ie9, imprisoned, korea, lanterns, soccer,
stampede, taxes, warhol, warming, worship (train), homeopathic, iodine (dev), nasa, sensitive (test). So the a-g
news documents are afghan, asylum, clock, crane, defector, election, expo and flag; I opened the first page of each:
- Kept: asylum ("Over 900 asylum seekers rescued off Indonesian coast", 2015-05-18): the Rohingya boat crisis, the
  turn-away policy of Malaysia and Indonesia criticised by the UN and the United States, navies turning a boat back
  and forth. Doubt: a migrant crisis, not armed conflict; it was kept as the only a-g news document touching the
  domain (the brief lists "refugees"; two states accused by the UN and a third state; navies pushing a boat back).
  Drop it if the split must hold only wars, insurgencies and diplomatic disputes.
- Opened and left out, all off the domain: afghan ("After visa snags, all-girl Afghan team honored for 'courageous
  achievement' at international robotics competition", 2017: a visa snag, no dispute), clock ("Texas student Ahmed
  Mohamed inspires social movement", 2015: domestic police matter), crane ("At least 107 killed in Mecca crane
  collapse", 2015: accident, weather), defector ("Scientology defector arrested after attempting to leave
  organization", 2010: domestic crime), election ("New faces emerge as veteran politicians step down in Hong Kong
  legislative election", 2016: domestic politics), expo ("Pop culture celebrated at Fan Expo Canada 2016 in
  Toronto"), flag ("New Zealand begins process to consider changing national flag design", 2015).
- Exact paths tried that are not stored: dep/GUM_news_{babylon,gaza,army,embassy,coup,ceasefire,bomb}.conllu.
Only one article: the brief allows up to four, but no other a-g GUM news document is in the domain.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Over 900 asylum seekers rescued off Indonesian coast (2015) ---------------------------------------------
AS_RESCUED = (
    "On Friday, fishermen rescued over 700 asylum seekers whose boat sank, and the Indonesian Navy reportedly saved "
    "200 more after they were found swimming along the coast of Aceh, Indonesia."
)
AS_BASYA = (
    "Major general Fuad Basya, spokesman for the Indonesian military, said fisherman first noticed the people and a "
    "warship was deployed to retrieve them."
)
AS_MEMBERS = (
    "The rescued members included Bangladeshis and Rohingya, a stateless minority of Muslims from Myanmar."
)
AS_UN_RATES = (
    "Myanmar is mainly Buddhist and the United Nations rates the Rohingya among the world's most persecuted groups."
)
AS_ON_PURPOSE = (
    "According to ABC News, Basya also believes the asylum seekers found in the water may have left the boat on "
    "purpose to be rescued to avoid being sent away from Indonesia waters."
)
AS_POLICY = (
    "Malaysia and Indonesia have maintained a policy of turning away boats of migrants which, according to AFP, the "
    "Untied Nations and United States have both criticised."
)
AS_TURNED = (
    "One Rohingya, Muhammad Amin, the first boat rescued on Friday was turned around twice, toward Malaysia by "
    "Indonesian navy and then toward Indonesia by Malaysian navy."
)
AS_NAJIB = (
    "Discussing his concern in a public statement, Malaysia's Prime Minister, Najib Razak said, \"We are in contact "
    "with all relevant parties, with whom we share the desire to find a solution to this crisis\"."
)
AS_POLICY_ALLEGATION = "a policy of turning away boats of migrants"

GOLD = {
    # Southeast Asia: over 900 Rohingya and Bangladeshi asylum seekers rescued off Aceh; Malaysia's and Indonesia's
    # policy of turning away migrant boats, criticised by the UN and the United States; a boat pushed back by both
    # navies; the US asks the region's governments not to turn boats away.
    "2015-05-18-over-900-asylum-seekers-rescued-off-indonesian-coast": [
        # The Indonesian Navy and the Indonesian military (spokesman Fuad Basya) act for the state.
        P("Indonesia", "state", AS_RESCUED, AS_POLICY,
          aliases=["Indonesian", "Indonesian Navy", "Indonesian navy", "Indonesian military", "Fuad Basya",
                   "Major general Fuad Basya", "Basya"]),
        P("Malaysia", "state", AS_POLICY, AS_TURNED,
          aliases=["Malaysian", "Malaysian navy", "Malaysia's Prime Minister", "Najib Razak"]),
        # Doubt: the migrants read as the targeted side of the turn-away dispute (a people, not an organised actor).
        # Named "Rohingya" (the group the article names and quotes); the rescued also include Bangladeshis, so
        # "asylum seekers" and "migrants" are a wider collective tied to them here.
        P("Rohingya", "other", AS_MEMBERS, AS_TURNED,
          aliases=["a stateless minority of Muslims from Myanmar", "One Rohingya", "asylum seekers", "migrants",
                   "boats of migrants", "people seeking asylum", "The rescued members"]),
        # The UN and the US "have both criticised" the two states' policy: one item per accuser and accused
        # (README: joint statement). AS_UN_RATES is added only because AS_POLICY spells the UN "Untied Nations".
        # Doubt: the criticism is reported through AFP with no words of the critics; "according to AFP" is the
        # source, not the accuser.
        X("United Nations", "Malaysia", AS_POLICY_ALLEGATION, AS_POLICY, AS_UN_RATES),
        X("United Nations", "Indonesia", AS_POLICY_ALLEGATION, AS_POLICY, AS_UN_RATES),
        X("United States", "Malaysia", AS_POLICY_ALLEGATION, AS_POLICY),
        X("United States", "Indonesia", AS_POLICY_ALLEGATION, AS_POLICY),
        # Muhammad Amin's account (the sentence lacks its verb, but GUM annotates "One Rohingya, Muhammad Amin" as
        # its source): two push-backs by two navies, two allegations. Doubt: accuser read as the Rohingya with Amin
        # as speaker ("One Rohingya", a passenger of the boat); "Muhammad Amin" alone, a person acting for no group,
        # is the other defensible reading; and the sentence could be read as the article's own report.
        X("Rohingya", "Indonesia",
          "the first boat rescued on Friday was turned around toward Malaysia by Indonesian navy",
          AS_TURNED, speaker="Muhammad Amin"),
        X("Rohingya", "Malaysia",
          "the first boat rescued on Friday was turned around toward Indonesia by Malaysian navy",
          AS_TURNED, speaker="Muhammad Amin"),
        # Indonesia's military spokesman suspects a ruse by the swimmers. Doubt: a hedged belief ("may have") that
        # they left the boat on purpose to escape being sent away; read as a charge of deceit against the asylum
        # seekers, who are not all Rohingya.
        X("Indonesia", "Rohingya",
          "the asylum seekers found in the water may have left the boat on purpose to be rescued to avoid being sent "
          "away from Indonesia waters",
          AS_ON_PURPOSE, AS_BASYA, speaker="Fuad Basya"),
        # Not items: Jeff Rathke's "We urge the governments of the region to work together quickly ... to save the
        # lives of migrants" and his asking "the governments of South East Asia not to turn away boats of people
        # seeking asylum" (calls aimed at governments the article does not name; doubt: the second repeats the US
        # criticism of the policy and could be a second quote of the two US items); John Kerry contacting
        # Thailand's foreign minister "over temporary housing for the Rohingya out at sea" (a request to one state,
        # not talks between sides: no mediator; doubt); Najib Razak's "We are in contact with all relevant parties"
        # (a side's statement, no accused; a side is never a mediator); "the United Nations rates the Rohingya among
        # the world's most persecuted groups" (names no persecutor: Myanmar is only said to be "mainly Buddhist";
        # doubt); Thailand's crackdown on human trafficking and the people-smugglers (the article's own report, not
        # the dispute). No alliance: Malaysia and Indonesia keep the same policy but push the boat at each other, and
        # the UN and the US criticise in parallel, not in a joint statement (doubt). The United Nations, the United
        # States, Thailand, Myanmar and Bangladesh are not parties (they criticise, ask or are named as origins).
    ],
}
