"""Hand gold for part d of the test16 split (tests/corpus/test16/, index_d.json): one Wikinews article, 2008.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim. Files read: tests/gold/README.md, the helpers P, M, A,
X and `evidence` of tests/gold/build_gold.py, tests/gold/check_part.py, the kind lists of
schemas/briefing.schema.json, the docstrings and a few items of tests/gold/test15_e.py and test15_a.py, the opening
of heldout_a.py (how the sides of a domestic dispute are named), tests/corpus/test15/README.md and index.json, and
(for the same-article check) the titles, urls and sources of every tests/corpus/index.json and
tests/corpus/*/index*.json.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_hamas.conllu). find_files listed the path at commit
ad33923d67196f3fb8f716c80616036c0a111865; read_file served the stored version at commit
16231153d3fdab7b314c374f43f2a194b5206c58 (63,872 characters, 35 sentences, read to its end in four pages). That
version has `# meta` lines: title "Hamas ends truce with Israel", sourceURL
https://en.wikinews.org/wiki/Hamas_ends_truce_with_Israel, dateCreated 2008-12-18; the date taken is the dateline's
(sentence 2, "Tuesday, December 23, 2008"), as test15_e took its dateline. Doubt: the body speaks of a truce "set to
expire today" that "expires on December 19", so it was written about December 18-19; the dateline is kept as the
published date.
The body was rebuilt from the `# text` lines of sentences 4-19 and 21-35, in order: sentences joined by one space,
except after sentence 10, whose last token (the opening quotation mark of Fawzi Barhum's quote, stored at the end of
sentence 10's text) has SpaceAfter=No, so sentence 11 follows it with no space; paragraphs as the `newpar = p` marks
give them (4-9 | 10-13 | 14-16 | 17-19 | 21-25 | 26-31 | 32-35), separated by one blank line; one final newline.
Dropped: the headline (sentence 1, `newpar = head`), the dateline (sentence 2) and the two image captions (sentence 3,
"Shelter in Sderot, Israel", and sentence 20, "Hamas mural", both `newpar = figure | caption`). The stored version has
no Sources list and no licence notice. Kept as stored: "Hamas have said", "the Hamas", "Hamas' political wing",
"Former U.S. President", the comma outside the quote in "\"The calm is over\", said", the straight quotes.

Why this source: the brief named the vanatteveldt/wikinews CSVs for 2004-2013 and the GUM corpus. The index holds
only data/wikinews_2019.csv and wikinews_2020.csv of vanatteveldt/wikinews (exact-path look-ups of
data/wikinews_2005.csv, _2008.csv, _2012.csv and wikinews_2010.csv found nothing), and the GUM news documents opened
or looked up (hackers: the Church of Scientology, 2008; flag: New Zealand's flag, 2015; defector, election,
imprisoned, taxes exist; isis, military, syria, ukraine, iran, israel, russia do not) held no dispute of the domain.
So the article was taken, as earlier parts did, from AMALGUM, whose news documents are English Wikinews, 2004-2019.

Region and year: the Middle East (Israel and the Gaza Strip), December 2008, days before the Gaza war: Hamas ends the
six-month Egyptian-brokered truce with Israel, saying Israel did not keep its obligations and did not ease the
blockade of Gaza; Israel regrets it; Israel's UN envoy decries a Hamas play mocking the captive soldier Gilad Shalit;
an Israeli court sentences the Hamas speaker of the Palestinian parliament; Jimmy Carter meets Hamas's leader about
Shalit's release; the US-backed Israeli-Palestinian talks stall. Domain: an armed dispute (rocket fire, air raids, a
blockade) with a truce, its brokers, and statements.

Same-article check: the title and url are in no tests/corpus/index.json or tests/corpus/*/index*.json (no
tests/corpus/test16/index_*.json of another part existed when this part was written); AMALGUM_news_hamas is the
source of no index entry; no file under tests/corpus holds "Fawzi Barhum" or "Ayman Taha". Nearest indexed articles:
"Former US president Carter meets with former deputy-PM for Hamas" (2008-04-16, the Carter visit of April, another
event) and "Leaked Syrian government emails indicate weapons supplied to Hamas" (2012).

How the slice was searched (about 25 look-ups): AMALGUM news names were guessed from the domain's words and checked
against the sources in the indexes. Existing and unused: hamas (kept, read in full), gaza, russian, serbia (not
opened), iranian ("Civil unrest in Iranian cities after Ahmadinejad declares victory", 2009-06-14, first page read:
left out as a domestic election dispute, outside the brief's diplomatic or armed domain). Not stored: hezbollah,
kosovo, expels, lebanon, diplomats, ambassador, lebanese, rockets, missile. One article only: the brief prefers one
good article to two rushed ones.

Reading choices (doubts):
- Parties: Hamas (armed_group: it fires rockets and mortars) and Israel, the two sides of the truce; Aziz Dweik, the
  Hamas speaker of the Palestinian parliament whom an Israeli court sentences (targeted in the dispute, a person: he
  acts for no state). Doubt: Dweik is a side story and may be read as no party. The Palestinians of Abbas (the
  Israeli-Palestinian talks of the last paragraph) are not annotated as a party: a background dispute, not the
  article's centre. Gilad Shalit (a captive soldier) and the UN relief agency are no sides.
- Aliases: "the enemy" for Israel (Barhum's word in Hamas's charge), "the group" for Hamas ("the group's founding").
- Mediators: Egypt ("Egyptian-brokered truce", "reached with Egyptian sponsorship"); Jimmy Carter, a former president
  acting for no state, who met Hamas's leader "to discuss negotiations for the release of Gilad Shalit" (doubt: he
  meets one side only, and may be read as no mediator); the United States, for the "U.S.-backed negotiations with
  Israel" of Abbas and Bush (the Annapolis process; doubt: the talks are not the article's centre, and "backed" may be
  read as support rather than brokering). The EU's and the Security Council's calls are no mediation.
- No alliance: Zahar's "a backing of millions in Arab countries and around the world" names no state or group;
  Palmor's "foreign interests that are involved" names nobody; Dweik's "belonging to Hamas" is membership of a party,
  not a tie between two actors; the Interim Arab Parliament's call for Dweik's release is read as a call, not a
  standing tie (doubt: it may be read as political support for Dweik).
- Hamas's two charges against Israel are two items: "the enemy did not abide by its obligations" (Barhum, the truce's
  obligations in general) and "Israel had failed to ease its blockade of Gaza" (the party's statement). Doubt: the
  blockade may be the obligation meant, which would make them one item with two quotes.
- The Israeli court's sentence of Dweik "for belonging to Hamas" is an allegation by Israel (heldout_a.py: courts
  judge, and their findings make allegations; the court acts for the state: speaker "an Israeli court").
- The EU's call for "an immediate cessation of both Palestinian rocket fire and Israeli incursions" is read, as the
  README reads the Cairo ministers' call on Turkey to halt its drilling, as a charge against Israel ("Israeli
  incursions"). Its "Palestinian rocket fire" half is not an item: "Palestinian" names no actor of the article (Hamas
  is not named; doubt: the rocket fire the article reports is Hamas's).
- Palmor's "If Hamas chooses violence over the cease-fire ... whether there are foreign interests that are involved"
  is not an item: a conditional, asserting no wrong (doubt: it may be read as Israel charging Hamas with choosing
  violence over the cease-fire).

What was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401  (A: the article has no alliance)

# --- Hamas ends truce with Israel (2008) ----------------------------------------------------------------------------
HA_DECLARED = (
    "Hamas declared a formal end to the six-month Israel-Hamas Egyptian-brokered truce at 4 a.m. GMT which was set to "
    "expire today."
)
HA_ESCALATION = (
    "Yesterday saw an escalation of the violence, beginning with an Israeli air raid on Gaza and Hamas responded to "
    "Israel's attack by firing eight rockets and five mortars at Israel's southern towns."
)
HA_EU = (
    "The European Union called for an \"immediate cessation\" of both Palestinian rocket fire and Israeli incursions."
)
HA_OBLIGATIONS = (
    "The calm, which was reached with Egyptian sponsorship on June 19 and expires on December 19, is finished because "
    "the enemy did not abide by its obligations,\" said Fawzi Barhum, a spokesman for the Hamas."
)
HA_BLOCKADE = (
    "Hamas have said that Israel had failed to ease its blockade of Gaza but Israeli officials insist that there was "
    "no commitment to ease the siege."
)
HA_FOUNDING = (
    "In the week leading up to the end of the truce, tens of thousands of Hamas supporters rallied in a Gaza City "
    "stadium to celebrate the 21st anniversary of the group's founding during the First Intifada."
)
HA_SHALEV = (
    "The Israeli UN envoy, Professor Gabriela Shalev, decried the Hamas play mocking Gilad Shalit and voiced Israel's "
    "outrage."
)
HA_DWEIK = (
    "On Tuesday, 16 December, an Israeli court sentenced Aziz Dweik, the democratically elected head of the Palestinian "
    "Legislative Council, the Palestinian parliament, to three years in prison for belonging to Hamas."
)
HA_CARTER = (
    "On Sunday, 14 December, Former U.S. President Jimmy Carter met with Khaled Meshaal, the leader of Hamas' political "
    "wing."
)
HA_MEETING = (
    "The five-hour meeting was to discuss negotiations for the release of Gilad Shalit, a corporal in the Israeli "
    "Defense Forces."
)
HA_ABBAS = (
    "Palestinian leader Mahmoud Abbas, who is to hold talks with President George W. Bush on Friday, will press "
    "Washington to ensure \"there is no return to square one once there is a new government in Israel,\" said "
    "Palestinian negotiator Saeb Erakat."
)
HA_BACKED = (
    "The AP reports that President Bush and Abbas are assessing the stalled U.S.-backed negotiations with Israel that "
    "will almost certainly fail to meet a year-end deadline for a peace deal."
)

GOLD = {
    # Hamas ends the Egyptian-brokered truce with Israel, charging it with breaking its obligations and keeping the
    # blockade of Gaza; Israel decries a Hamas play and sentences a Hamas politician; Carter and the US broker talks.
    "2008-12-23-hamas-ends-truce-with-israel": [
        # The two sides of the truce.
        P("Hamas", "armed_group", HA_DECLARED, HA_ESCALATION, aliases=["the Hamas", "the group"]),
        P("Israel", "state", HA_DECLARED, HA_ESCALATION, aliases=["Israeli", "the enemy"]),
        # The Hamas speaker of the Palestinian parliament, sentenced by an Israeli court. Doubt: a side story.
        P("Aziz Dweik", "person", HA_DWEIK, aliases=["Dweik"]),
        # The truce's broker.
        M("Egypt", HA_DECLARED, HA_OBLIGATIONS),
        # Meets Hamas's leader about negotiations for Shalit's release. Doubt: meets one side only.
        M("Jimmy Carter", HA_CARTER, HA_MEETING),
        # The US-backed Israeli-Palestinian talks (Annapolis). Doubt: background talks; "backed" may be support only.
        M("United States", HA_ABBAS, HA_BACKED),
        # Hamas (Barhum): Israel did not keep the truce's obligations.
        X("Hamas", "Israel", "the enemy did not abide by its obligations",
          HA_DECLARED, HA_OBLIGATIONS, speaker="Fawzi Barhum"),
        # Hamas: Israel did not ease the blockade of Gaza (Israel denies any commitment). Doubt: may be the same charge.
        X("Hamas", "Israel", "Israel had failed to ease its blockade of Gaza", HA_BLOCKADE),
        # Israel (its UN envoy) decries the Hamas play mocking the captive soldier.
        X("Israel", "Hamas", "the Hamas play mocking Gilad Shalit", HA_SHALEV, speaker="Gabriela Shalev"),
        # An Israeli court sentences Dweik for belonging to Hamas (a court's finding is an allegation: heldout_a.py).
        X("Israel", "Aziz Dweik", "belonging to Hamas", HA_DWEIK, speaker="an Israeli court"),
        # The EU calls for an end to Israeli incursions (read as the README reads the Cairo call on Turkey).
        X("European Union", "Israel", "Israeli incursions", HA_EU),
        # Not items: the article's own reports of the air raid, the rockets and the tit-for-tat attacks; Hamas's
        # warning that attacks on Gaza would "open the doors of the battle wide" (a threat, no wrong charged);
        # Taha's "The calm is over" and "The truce will end tomorrow" (announcements); Palmor's conditional "If Hamas
        # chooses violence over the cease-fire ... foreign interests that are involved" (see the docstring); the
        # Israeli officials' "there was no commitment to ease the siege" (a denial); the EU's "Palestinian rocket
        # fire" (names no actor of the article); the UN relief agency's "profound human dignity crisis" (no accused);
        # the BBC correspondent's view (a journalist's); Zahar's boast; "He was arrested ... after the capture of
        # Gilad Shalit" (passive, no accuser); Meshaal's "would not release him" (an avowal of his own side); the
        # Interim Arab Parliament's call for Dweik's release (a call on the international community, no accused
        # named); Erakat's "no return to square one" (no wrong charged); the AP's report that the talks "will almost
        # certainly fail" (a news agency's); Rice's and the Security Council's endorsement of the Annapolis process
        # (no accused). No alliance (see the docstring).
    ],
}
