"""Hand gold for part a of the test11 split (tests/corpus/test11/, index_a.json): two Wikinews articles, both 2008.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{disputed,condemn}.conllu). Stored versions read: disputed at
commit 2dcbcbeffb9192941645e52ba0635469ed8bb91b, condemn at commit 735dbbd74f167b4a95026527271fba0893b76d57 (both
read to their end, three pages each; `# text` lines, no `# meta` lines and no `# newpar` marks, so each body is one
paragraph). The body was rebuilt from the `# text` lines: headline and dateline dropped in both; nothing else
dropped (neither file has an image caption, pull-quote box or source box). Sentences joined by one space, none where
the sentence's last token has SpaceAfter=No:
- condemn: the sentence ending `... and the occupied Syrian Golan. "` and the sentence ending `... are also illegal. "`
  run straight into the next sentence (`Golan. "In addition`, `illegal. "These include`).
- disputed: the one-character sentence `"` (stored as a sentence of its own) is joined by a space to "... set their
  homes ablaze." and runs straight into "Gangs of Kalenjin warriors ..." (`ablaze. "Gangs`); the fragments "The
  discussion took place for over an hour" and "If no-one gets two-thirds majority after two rounds" are kept as
  stored and joined by a space to the lower-case sentences that follow.
- Section headings stored as sentences are KEPT as body text (the brief lists no headings to drop): "Israeli
  Blockade of the Gaza Strip" (condemn), "Demonstrations" and "Background" (disputed). Doubt: earlier parts differ on
  headings (test5_a kept one, test5_b left two out).
Characters are otherwise as stored, typos and oddities kept ("politician's on opposing sides", "Raila Odinaga's",
"a senior adviser for Odigna" beside "Mr. Odinga", "eminating", "settlements—in effect", "occupies —constitutes", the
condemn article's mix of straight and curly quotes and apostrophes: "can’t", "It’s", "international media.”").
Dates are the datelines (Tuesday, January 15, 2008; Friday, November 21, 2008); titles the headlines; urls the
Wikinews title.

Regions and years: East Africa (Kenya's post-election crisis: the first sitting of the new parliament, the fight
over the speaker's ballot, Annan's coming mediation, the ethnic violence; January 2008) and the Middle East (UN
reports and Ban Ki-moon condemn Israel's occupation and settlements; Israel's blockade of Gaza and its bar on
foreign journalists; November 2008). Both 2008: the brief prefers different years, but no third in-domain article
was found in my letters within the time (see below).

Same-event check (tests/corpus/*/index.json, and tests/corpus/test11/index_*.json, which held no other part's file
when this part was written and when it was finished):
- disputed is the same Kenyan crisis as test9's "Kenya's leader Kibaki seeks Ghanaian president Kufuor's mediation"
  (2008-01-07), test7's "Kenyan government and opposition agree on power sharing" (2008-02-28) and test10's "UN
  Secretary-General expresses concern about crises in Chad, Kenya, Sudan" (2008-02-07), but another event (the
  opening of parliament and the speaker vote on January 15). Doubt: drop it if the split must not repeat a crisis
  (the words kenya, kenyan and kibaki are excluded; the word disputed is not).
- condemn is the same long dispute as test10's "UN criticises Israel's latest settlement plan, angry reaction from
  US and UK" (2009-11-19) and near test4's "Israel announces ceasefire in Gaza Strip" (2009-01-18) and test9's white
  phosphorus article (2009-01-23), but another event (the UN reports of November 2008 and the Gaza blockade before
  the war). Doubt: same crisis at another date.

How the slice was searched (about 65 look-ups: listings, exact-path guesses and the six pages read). My letters are
a-d. The amalgum_extra/news/dep listing stops at "sheffield", so its a-d names were all seen, and test10_a's
docstring shows every one of them used, opened or named by earlier parts. The amalgum/news/dep listing (685 files)
stops at "catholic" and is complete up to there (every a-, b- and c-name before "catholic" is listed; those not
named by earlier docstrings are off topic by their word: abortion, adele, aftershock(s), airasia, aires, airlines,
airshow, aitchison, akihito, alberto, amd, amtrak, archaeologist, aretha, arsenal, ashore, asiana, asteroid,
atlantis, attracts, aussie, baba, badminton, barca, barlow, barry, bayern, beef, benn, bianchi, bibliotheca, boeing,
bonner, borussia, brady, brickyard, broncos, buffon, california, cannabis, carbon, cart; not opened). So the
c-words after "catholic" and the d-words of amalgum/news/dep were looked up by exact path, one guessed word at a
time, after checking each against the words the brief excludes and every word of the docstrings of
tests/gold/test*_?.py and heldout_?.py (a list of all their words). Semantic search of the code corpus and
find_string for the conllu `# newdoc id` lines found no AMALGUM file.
- Kept: disputed (government against opposition after a disputed election; a mediator; a charge of vote theft;
  ethnic attacks) and condemn (UN charges against Israel's occupation and settlements; the blockade of Gaza; a joint
  letter of news organisations and Israel's counter-charge).
- Opened and left out: deputy ("New denunciations of Brazilian deputy and evidence make things difficult for Lula",
  2005, first page only): a domestic corruption scandal, no armed or diplomatic dispute.
- Words tried that are not in amalgum/news/dep: accord, activists, ankara, beijing, belgrade, blockade, cairo
  (a- and b-words tried before I saw the listing is complete up to "catholic"), christian, civilian, colonel,
  commission, communist, czech, denounces, deported, curfew, downed, displaced, dissident, deploy, crimean, danish,
  deaths, democracy, confirms, decries, declared, detains, deny, discuss, criticized, deadline, dialogue,
  contractors, dictator, clerics, chancellor, defeated, cooperation, ceasefires, christians, compensation,
  constitution, combat, corps, custody, detain, clashed, controversy, complains, defy, defected, detainee,
  checkpoints, dispatch.
- The words the brief excludes and every word earlier parts' docstrings name as used, considered or tried were not
  looked up.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Kenya's parliament meets for first time since disputed election (2008) ---------------------------------
KE_CONVENED = (
    "Kenya's new Parliament convened for the first time since the country's disputed December 27 election, but "
    "politician's on opposing sides took part in a heated discussion over who would be the new speaker of the party."
)
KE_ARGUED = (
    "Kenyan opposition politicians argued with followers of re-elected President Mwai Kibaki over how to pick a new "
    "parliamentary speaker."
)
KE_BALLOT = (
    "When a discussion into how the speaker should be decided started, lawmakers with Raila Odinaga's opposition "
    "Orange Democratic Movement insisted the election for speaker be held by open ballot; Mr. Kibaki's supporters "
    "demanded the vote be secret."
)
KE_STOLE = (
    "We went into election with secret ballot, you stole the vote, we cannot trust you anymore,\" said William Ruto, "
    "a senior adviser for Odigna."
)
KE_PROTEST = (
    "Kenya is preparing for Wednesday, when Mr. Odinga plans the first of three consecutive days of protest in cities "
    "around the country."
)
KE_NOT_ALLOW = "The government has said it will not allow the demonstrations to go ahead."
KE_ANNAN = (
    "Former United Nations secretary-general Kofi Annan is to go to Nairobi in a few days to try to find a solution "
    "to the issue."
)
KE_NEGOTIATE = (
    "Mr. Kibaki's government has said it sees no reason to negotiate, because it says the vote was fair."
)
KE_KALENJIN = (
    "And to the northwest, in an area hit hard by violence, groups of young men allegedly from the Kalenjin tribe "
    "killed at least two people and set their homes ablaze."
)
KE_GANGS = "Gangs of Kalenjin warriors invaded the village and they burned down a couple of houses."
KE_NJOROGE = (
    "When people went in to salvage some things, they met them and they killed two of them,\" said Karanja Njoroge, "
    "a retired professor in the village where the attacks occurred."
)

# --- UN reports condemn West Bank settlement (2008) ---------------------------------------------------------
UN_BAN = (
    "Speaking before the United Nations General Assembly, Secretary-General Ban Ki-Moon summarized two reports "
    "conducted by the UN concluding that the Israeli occupation of the West Bank and other territories is illegal and "
    "\"a breach of the fourth Geneva Convention.\""
)
UN_NOT_FIRST = (
    "This is not the first time that the UN has condemned Israeli breach of the convention, but this comes at a "
    "crucial time when Israeli blockades of the Gaza Strip, according to Al Jazeera and Democracy Now, are "
    "endangering approximately 750,000 Gazans who rely on UN and Israeli food aid for survival."
)
UN_REPORT = (
    "The statement by Ban Ki-Moon was made after the reissue of two reports condemning Israeli occupation, \"The "
    "advisory opinion and a number of United Nations resolutions have all affirmed that Israel's practice of "
    "constructing settlements—in effect, the transfer by an occupying Power of parts of its own civilian population "
    "into the territory it occupies —constitutes a breach of the Fourth Geneva Convention,\" reads the first report: "
    "Israeli Settlements in the Occupied Palestinian Territory, including Jerusalem, and the occupied Syrian Golan."
)
UN_ALSO_ILLEGAL = (
    "In addition to the construction of the settlements, other activities related to settlements are also illegal."
)
UN_INCLUDE = (
    "These include the requisition of land, the destruction of houses and orchards, the construction of roads meant "
    "for the use of settlers only, the exploitation of natural resources within the occupied territory and the "
    "alteration of the character and status of the Occupied Palestinian Territory."
)
UN_SEALED = (
    "According to Al Jazeera and other news sources, Israel has sealed off access to the Gaza Strip for aid workers "
    "and journalists since early November because of Palestinian rocket fire eminating from the area."
)
UN_TRUCE = (
    "750,000 Gazans are without food or power at the moment, and some Palestinians see this as a violation of the "
    "shaky truce brokered in July of this year."
)
UN_BARRED = (
    "In addition to disallowing food access, Israel has also barred foreign journalists from entering the area."
)
UN_LETTER = (
    "According to Democracy Now, on Tuesday, November 20th, executives from the Associated Press, Reuters, New York "
    "Times, BBC, CNN, and other news sources sent a letter to the government of Israel condemning the government's "
    "choice to bar foreign journalists from the Gaza Strip saying, \"We are gravely concerned about the prolonged and "
    "unprecedented denial of access to the Gaza Strip for the international media.”"
)
UN_DEFENDED = (
    "Israel defended themselves by criticizing the media and accusing them of not properly pointing out the "
    "reasoning behind the blockade of the Gaza Strip."
)
UN_LETTER_ALLEGATION = (
    "the government's choice to bar foreign journalists from the Gaza Strip; the prolonged and unprecedented denial "
    "of access to the Gaza Strip for the international media"
)
UN_MEDIA = ["Associated Press", "Reuters", "New York Times", "BBC", "CNN"]

GOLD = {
    # Kenya: the new parliament's first sitting after the disputed December 27 election; opposition (ODM) against
    # President Kibaki's side over the speaker's ballot; Annan to mediate; ethnic violence goes on.
    "2008-01-15-kenya-s-parliament-meets-for-first-time-since-disputed-elec": [
        # No party kind fits a political party better than "other" (as test10_a's MDC).
        P("Orange Democratic Movement", "other", KE_ARGUED, KE_BALLOT,
          aliases=["Raila Odinaga's opposition Orange Democratic Movement", "Kenyan opposition politicians",
                   "opposition", "Raila Odinaga", "Mr. Odinga", "Odinga", "Odigna", "William Ruto"]),
        # Kibaki acts as head of state (his government, "The government"); his supporters in parliament are his side.
        # Doubt: the article never names Kibaki's party; the side is read as the state, as test10_a read Mugabe's.
        P("Kenya", "state", KE_ARGUED, KE_NEGOTIATE,
          aliases=["Kenyan", "Mr. Kibaki's government", "The government", "President Mwai Kibaki", "Mwai Kibaki",
                   "Mr. Kibaki", "Kibaki", "Mr. Kibaki's supporters", "followers of re-elected President Mwai Kibaki"]),
        # Doubt: the ethnic gangs of the post-election violence read as a side (they attack villages); the article
        # reports them only through a witness and an "allegedly".
        P("Gangs of Kalenjin warriors", "armed_group", KE_KALENJIN, KE_GANGS,
          aliases=["groups of young men allegedly from the Kalenjin tribe", "Kalenjin warriors", "Kalenjin"]),
        # A former UN secretary-general acting for no state, going to Nairobi to find a solution.
        M("Kofi Annan", KE_ANNAN),
        # "you" are Kibaki's supporters, who demanded the secret vote (KE_BALLOT names them).
        X("Orange Democratic Movement", "Kenya", "you stole the vote", KE_STOLE, KE_BALLOT, speaker="William Ruto"),
        # Doubt: a named villager (a person acting for no state or group) charging the Kalenjin gangs; the killing
        # and burning are one attack, so one item.
        X("Karanja Njoroge", "Gangs of Kalenjin warriors",
          "invaded the village and they burned down a couple of houses; they killed two of them",
          KE_GANGS, KE_NJOROGE),
        # Not items: "which international observers have said was flawed" (unnamed observers, no accused named;
        # doubt); "groups of young men allegedly from the Kalenjin tribe killed at least two people" (passive, no
        # accuser: the article's own report); the government's "sees no reason to negotiate, because it says the
        # vote was fair" (a denial) and "will not allow the demonstrations" (a stance); the standing-orders
        # exchange "Can you show us where it says secret ballot?" (a procedural argument, no allegation); gangs
        # torching a school in Mathare, rioters and the clashes between protesters and police (the article's own
        # report, no accuser). No alliance (Ruto speaks for Odinga's side, one actor). The police and protesters
        # are not parties (no actor named).
    ],
    # Middle East: Ban Ki-moon and two UN reports call Israel's occupation and settlements illegal; Israel's
    # blockade of Gaza; news organisations' letter against the bar on foreign journalists, and Israel's reply.
    "2008-11-21-un-reports-condemn-west-bank-settlement": [
        P("Israel", "state", UN_BAN, UN_SEALED,
          aliases=["Israeli", "Israel's", "government of Israel", "occupying Power"]),
        # Doubt: the Palestinians read as a side (the occupied territory, the blockaded Gazans, "Palestinian rocket
        # fire"); the article names no Palestinian authority or group.
        P("Palestine", "state", UN_SEALED, UN_TRUCE,
          aliases=["Palestinian", "Palestinians", "Gazans", "Occupied Palestinian Territory"]),
        # Ban's summary of the reports: one allegation said twice (UN_NOT_FIRST repeats it).
        X("United Nations", "Israel",
          "the Israeli occupation of the West Bank and other territories is illegal and \"a breach of the fourth "
          "Geneva Convention.\"; the UN has condemned Israeli breach of the convention",
          UN_BAN, UN_NOT_FIRST, speaker="Ban Ki-Moon"),
        # The first UN report's own words. Doubt: read apart from Ban's summary (settlements, not occupation); a
        # reading that merges the two would be defensible.
        X("United Nations", "Israel",
          "Israel's practice of constructing settlements constitutes a breach of the Fourth Geneva Convention",
          UN_REPORT),
        # The report goes on: the settlement-related activities. Doubt: could be read as part of the item above.
        X("United Nations", "Israel",
          "other activities related to settlements are also illegal: the requisition of land, the destruction of "
          "houses and orchards, the construction of roads meant for the use of settlers only, the exploitation of "
          "natural resources",
          UN_REPORT, UN_ALSO_ILLEGAL, UN_INCLUDE),
        # Doubt: "some Palestinians" read as the Palestinian side (as "according to Armenian sources" -> Armenia);
        # "this" is the Gazans' want of food and power under the Israeli closure (UN_SEALED names Israel).
        X("Palestine", "Israel", "a violation of the shaky truce brokered in July", UN_SEALED, UN_TRUCE),
        # A joint letter of news organisations: one item per organisation (README: joint statement), voiced by
        # their executives. Doubt: the organisations are not parties (a side only of the access quarrel).
        *[X(org, "Israel", UN_LETTER_ALLEGATION, UN_LETTER, speaker="executives") for org in UN_MEDIA],
        # Doubt: the letter's signatories read as a bloc acting together (README: the bloc is an alliance item).
        A(UN_MEDIA, "other", UN_LETTER),
        # Israel's counter-charge against "the media" (the article gives no other name for them). Doubt: the
        # accused is a collective, not one of the named organisations.
        X("Israel", "the media",
          "not properly pointing out the reasoning behind the blockade of the Gaza Strip", UN_DEFENDED),
        # Not items: "Israeli blockades of the Gaza Strip, according to Al Jazeera and Democracy Now, are
        # endangering approximately 750,000 Gazans" and "Israel has sealed off access ... because of Palestinian
        # rocket fire" (news outlets' own reports; doubt for the second, which gives Israel's reason); Jacky
        # Rowland's "The ceasefire doesn't seem to be anything more than a name" (a journalist's judgment, no
        # accused); Jon Ging's "we can't even get that food into Gaza. It's a disaster." (names no accused; doubt);
        # "The international community has also raised concerns regarding the depletion of natural resources" (no
        # actor as accuser); "Israel has also barred foreign journalists" (the article's own report). The United
        # Nations condemns and brings aid but is no side (as in test10's settlement article); no mediator (the
        # July truce was "brokered" by no one the article names).
    ],
}
