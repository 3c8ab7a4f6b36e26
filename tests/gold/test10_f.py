"""Hand gold for part f of the test10 split (tests/corpus/test10/, index_f.json): two Wikinews articles, both 2009.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{commander,criticises}.conllu). Stored versions read: commander
at commit 53af30995a77b7e386e2c13da4dfa34710f911ed, criticises at 16231153d3fdab7b314c374f43f2a194b5206c58 (both with
`# meta` lines and `# newpar` marks, so paragraphs follow the marks; both files were read to the end: the last page of
commander stops 414 characters before the end, inside the token lines of its last stored sentence, "But he said the
effort needs ...", whose `# text` line was read whole). The body was rebuilt from the `# text` lines: headline and
dateline dropped in both; sentences joined by one space, none where the sentence's last token has SpaceAfter=No
(commander: "... for a little while. \"" runs into "We are going to conduct ...", giving `while. "We are`;
criticises: "... lead the peace process. \"" runs into "Neither party should ...", giving `process. "Neither`, and
Ian Kelly's sentence "... of Palestinian homes." runs into the closing quote mark stored as a sentence of its own,
giving `homes."`). Also dropped:
- commander: the image block between the first body sentence and "The assessment by US Army General ...": "File:General
  Stanley A McChrystal 01.jpg", the caption "General Stanley McChrystal in June 2009", "Image: NATO." and "(Image
  missing from commons: image; log)"; and the pull quote "\"success is not ensured by additional forces alone, but
  continued under-resourcing will likely cause failure.\" —General Stanley McChrystal" (bold, outside the marked
  paragraphs, between the Whitman sentence and "\"The national security team ..."; the same words stay in the body
  where the article quotes them).
- criticises: the image caption "View of east Jerusalem" and credit "Image: Daniel Maleck Lewy."; and the pull quote
  "The Secretary-General deplores the Government of Israel’s decision today to expand Gilo settlement, built on
  Palestinian territory occupied by Israel in the 1967 war." / "—Spokesperson for United Nations Secretary-General Ban
  Ki-moon" (bold, between Kelly's paragraph and the British consulate's; the same words stay in the body in the
  second paragraph).
Characters are otherwise as stored, typos and oddities kept ("the coalition can not wait", "resources decisions", "a
counterinsurgency,\" and the Taliban", "on the grounds that that Gilo", "Israel’s" with a curly apostrophe beside
"Israel's", "Netanyahu […] is willing", "The US rebuked Israel for their decision."). Dates are the datelines
(Tuesday, September 22, 2009; Thursday, November 19, 2009; the meta dateCreated of criticises is 2009-11-18); titles
the headlines; urls the stored sourceURL.

Regions and years: South and Central Asia / United States (the Afghan war: the US and NATO commander Stanley
McChrystal's leaked assessment asking for more troops against the Taliban, September 2009) and the Middle East
(Israel's approval of 900 homes in the Gilo settlement in East Jerusalem, condemned by the UN, the US and the UK;
the stalled US-led peace process, November 2009).

Same-event check (tests/corpus/*/index.json, and index_a/b/c/d/e/g.json of test10 as they stood when this part was
checked; no file of mine is in them):
- commander is the same crisis as test9's "US Defense Secretary Gates to seek extra aid for Afghanistan"
  (2009-10-22), which reports the answer to McChrystal's request a month later. It is another event (the leak of
  the assessment itself and the first reactions in Washington and from Afghanistan's UN ambassador). Doubt: drop it
  if the split must not repeat a crisis; it is also thin for the domain (no mediator and a single, doubtful
  accusation, a general's criticism of his own coalition's forces).
- criticises is the Israeli-Palestinian conflict, as several earlier splits (test5's Cheney visit, 2008-03-23;
  test6's Annapolis statement, 2007-11-28; test7's "President Bush urges progress on Palestinian state",
  2008-01-05), but no split has the Gilo settlement decision of November 2009.

How the slice was searched (about 78 look-ups in all, a little over the budget: listings, searches, guesses and the
nine pages of the two kept files). find_files lists only the first hundred files of a folder: amalgum/news/dep
stops at "catholic" (every a-c name in it is named by earlier docstrings, save "aids" and "braces"), and the
amalgum_extra/news/dep listing reaches "sheffield", so all its a-m names were seen, and every one of them is used
or named in an earlier docstring (afghan, agrees, allies, arrested, autonomous, baghdad, bahrain, ban, blair,
cabinet, camp, classified, congolese, dakar, egypt, embassies, export, gabon, grave, gunman, hebdo, humanitarian,
japan, jerusalem, jong, leaders, malaysia, mandela, manning, marja, misrata, mogadishu, mubarak) or is off topic by its
name. A prefix listing (under ".../AMALGUM_news_d") returns nothing, and the code search and find_string found no list
of the corpus's news names (one third-party script lists a few: its news words in my letters, mercenary and lords,
are named by test7_c and test6_c). So the d-m words of amalgum/news/dep were looked up by exact path, one guessed
word at a time, after checking each against the words the brief excludes and every word in the docstrings of
tests/gold/test*_?.py and heldout_?.py (a list of all their words).
- Kept: criticises (UN, US and UK charges against Israel's settlement decision; the US as mediator of the stalled
  talks) and commander (the US, NATO and Afghanistan against the Taliban; see the doubt above).
- Opened and left out: braces ("Pacific Rim braces for tsunami following major Chilean earthquake", 2010, first page
  read): a natural disaster.
- Words tried that are not in amalgum/news/dep: mindanao, beheaded, annexation, cameroon, checkpoint, lra, captives,
  confrontation, cleric, landmine, kiir, abyei, kivu, hekmatyar, kadyrov, ashkelon, museveni, dink, boko, dprk,
  incursions, maidan, caliphate, basque, cypriots, kachin, azeri, eritreans, jaish, druze, clinton, meshaal, chirac,
  merkel, armenians, copts, fayyad, ahtisaari, gul, cheonan, houla, garissa, kobane, chibok, ajdabiya, captures,
  declares, deploys, defends, insists.
- Only two articles: no third in-domain article turned up within the look-up budget (about 50 guesses, 2 in the
  folder).

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- The US and NATO commander's leaked assessment asks for more troops in Afghanistan (2009) ---------------------
CM_REPORT = (
    "A report from the new US and NATO commander in Afghanistan says there is an urgent need for more foreign troops "
    "and civilians, more Afghan forces and a new strategic approach to reverse Taliban gains."
)
CM_ASSESSMENT = (
    "The assessment by US Army General Stanley McChrystal is still officially secret, but the Washington Post "
    "published an unclassified version on Monday, which it says has only a few deletions requested by the government."
)
CM_EFFORT = (
    "He writes that the US and NATO effort has long been \"under-resourced,\" and that must change within 12 months or "
    "the coalition \"risks an outcome where defeating the insurgency is no longer possible.\""
)
CM_GAINS = (
    "He says a lack of even the \"minimum\" resources is \"a recipe for failure\" in a counterinsurgency,\" and the "
    "Taliban and related groups have made significant gains in recent years as a result."
)
CM_AFGHANS = (
    "General McChrystal says while the Afghan government and military \"must ultimately defeat the insurgency,\" the "
    "coalition can not wait for the Afghans to be capable enough to do the job alone."
)
CM_CRITICAL = (
    "In the document, the general was critical of NATO forces, saying that they are \"poorly configured\" to fight an "
    "insurgency."
)
CM_PREOCCUPIED = (
    "He says if NATO countries continue to be \"pre-occupied\" with protecting their forces rather than protecting the "
    "people and accomplishing the mission, they \"run the risk of strategic defeat.\""
)
CM_TANIN = (
    "In an interview with Voice of America, Afghanistan Ambassador to the United Nations Zahir Tanin endorsed General "
    "McChrystal's sense of urgency, and his view that while a comprehensive approach is needed, security comes first."
)
CM_TANIN_QUOTE = (
    "\"From a military point of view, I think without enough resources, without the ability to stop the Taliban's "
    "advances, it would be very difficult to make any progress in other areas, including political progress in "
    "Afghanistan,\" Tanin said."
)
CM_SUPPORT = (
    "Ambassador Tanin said McChrystal is in the best position to assess the security needs and if there is a need for "
    "more forces, the Afghan government must support such a request."
)

# --- UN criticises Israel's Gilo settlement plan; US and UK object (2009) -------------------------------------
IS_LEAD = (
    "United States and United Kingdom spokespeople have added to criticism from United Nations Secretary-General Ban "
    "Ki-moon that Israel's decision to authorise a further 900 homes in east Jerusalem will \"undermine efforts for "
    "peace and cast doubt on the viability of the two-state solution\"."
)
IS_DEPLORES = (
    "A spokesperson for Ban Ki-moon stated, \"The Secretary-General deplores the Government of Israel\u2019s decision "
    "today to expand Gilo settlement, built on Palestinian territory occupied by Israel in the 1967 war.\""
)
IS_REBUKED = "The US rebuked Israel for their decision."
IS_DISMAYED = (
    "\"We are dismayed at the Jerusalem planning committee's decision to move forward on the approval process for the "
    "expansion of Gilo in Jerusalem,\" said White House spokesperson Robert Gibbs."
)
IS_RELAUNCH = (
    "\"At a time when we are working to relaunch negotiations, these actions make it more difficult for our efforts "
    "to succeed,\" he said, referring to the attempts by the US to lead the peace process."
)
IS_KELLY = (
    "US Department of State spokesperson Ian Kelly added, \"We object to this, and we object to other Israeli practices "
    "in Jerusalem related to housing, including the continuing pattern of evictions and demolitions of Palestinian "
    "homes."
)
IS_CONSULATE = (
    "The British consulate in Jerusalem issued a statement on behalf of Foreign Secretary David Miliband that read, "
    "\"The Foreign Secretary has been very clear that a credible deal involves Jerusalem as a shared capital."
)
IS_HARDER = "Expanding settlements on occupied land in East Jerusalem makes that deal much harder."
IS_MITCHELL = (
    "According to Israel Army Radio, Prime Minister Benjamin Netanyahu rejected a request from the US Middle East "
    "envoy George Mitchell on Monday to halt building in the area on the grounds that that Gilo was \"an integral part "
    "of Jerusalem\"."
)
IS_PNA = (
    "Following the suspension of peace talks last year, the Palestinian National Authority has demanded a halt to all "
    "construction of settlements before it will return to negotiations."
)
IS_ABBAS = (
    "President Mahmud Abbas said that the breakdown in talks left him with no choice but to seek international "
    "recognition of a Palestinian state unilaterally, despite requests from the United States and the European Union "
    "to resume peace talks."
)
IS_OBAMA = (
    "This comes as another blow to United States President Barack Obama, whose attempts at brokering a deal to halt "
    "settlement expansion are meeting with little success."
)

GOLD = {
    # Afghanistan: McChrystal's leaked assessment asks for more troops and a new approach against the Taliban;
    # Washington waits; Afghanistan's UN ambassador backs the request.
    "2009-09-22-us-army-commander-in-afghanistan-asks-for-more-troops-in-lea": [
        P("United States", "state", CM_REPORT, CM_EFFORT,
          aliases=["US", "US Army General Stanley McChrystal", "General Stanley McChrystal", "General McChrystal",
                   "McChrystal", "the general", "Pentagon", "Pentagon Spokesman Bryan Whitman", "Bryan Whitman",
                   "Whitman", "White House", "White House Press Secretary Robert Gibbs", "Robert Gibbs", "Gibbs",
                   "US Defense Secretary Robert Gates", "Robert Gates", "Secretary Gates"]),
        # Doubt: "the coalition" (of the US and NATO effort) read as a form of NATO.
        P("NATO", "international_organisation", CM_REPORT, CM_CRITICAL,
          aliases=["NATO forces", "NATO countries", "the coalition"]),
        P("Afghanistan", "state", CM_AFGHANS, CM_SUPPORT,
          aliases=["Afghan", "Afghans", "Afghan government", "Afghan forces",
                   "Afghanistan Ambassador to the United Nations Zahir Tanin", "Zahir Tanin", "Ambassador Tanin",
                   "Tanin"]),
        P("Taliban", "armed_group", CM_REPORT, CM_GAINS, aliases=["Taliban and related groups", "insurgents"]),
        # The US and NATO effort under one commander (as test9's Gates article reads the same pair).
        A(["United States", "NATO"], "military_treaty", CM_REPORT, CM_EFFORT),
        # The coalition fights beside the Afghan government and military, and Afghanistan backs the request for
        # more forces.
        A(["United States", "Afghanistan"], "military_support", CM_AFGHANS, CM_SUPPORT),
        A(["NATO", "Afghanistan"], "military_support", CM_REPORT, CM_AFGHANS),
        # Doubt: the commander's criticism of NATO forces ("poorly configured", "pre-occupied" with protecting
        # themselves) read as a charge of the US (he is introduced as a US Army General) against NATO, not as a
        # judgment of capability; he is also NATO's own commander.
        X("United States", "NATO",
          "NATO forces are poorly configured to fight an insurgency; pre-occupied with protecting their forces rather "
          "than protecting the people",
          CM_ASSESSMENT, CM_CRITICAL, CM_PREOCCUPIED, speaker="Stanley McChrystal"),
        # Not items: "Taliban gains" and "the Taliban's advances" (facts of war, no wrongdoing alleged); the
        # "under-resourced" effort (a judgment of the US and NATO's own resources, no accused); Gates' concern that
        # more troops "could alienate the Afghan people" (a worry, rejected by Tanin) and Tanin's rejection (no
        # accused); Whitman's and Gibbs's refusals to discuss the assessment. The Washington Post published the
        # document (a newspaper, no side). No mediator. Doubt: Tanin's endorsement of McChrystal is kept inside the
        # US-Afghanistan tie rather than as a second, political_support item of the same pair.
    ],
    # Middle East: the UN, the US and the UK condemn Israel's approval of 900 homes in Gilo, East Jerusalem; Israel
    # rejects the US envoy's request; the Palestinians will not return to talks.
    "2009-11-19-un-criticises-israel-s-latest-settlement-plan-angry-reaction": [
        P("Israel", "state", IS_LEAD, IS_MITCHELL,
          aliases=["Israeli", "Government of Israel", "Jerusalem planning committee",
                   "Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", "Prime Minister Netanyahu", "Netanyahu",
                   "the Prime Minister's spokesperson Mark Regev", "Mark Regev"]),
        P("Palestine", "state", IS_DEPLORES, IS_PNA,
          aliases=["Palestinian", "Palestinian National Authority", "President Mahmud Abbas", "Mahmud Abbas",
                   "Abbas"]),
        # The US leads the peace process: its Middle East envoy carries the request to halt building; Obama's
        # attempts at brokering a deal.
        M("United States", IS_RELAUNCH, IS_MITCHELL, IS_OBAMA),
        # The UN Secretary-General's criticism, voiced by his spokesperson: one allegation said twice.
        X("United Nations", "Israel",
          "Israel's decision to authorise a further 900 homes in east Jerusalem will undermine efforts for peace and "
          "cast doubt on the viability of the two-state solution; the decision to expand Gilo settlement, built on "
          "Palestinian territory occupied by Israel",
          IS_LEAD, IS_DEPLORES, speaker="Ban Ki-moon"),
        # Doubt: the White House's dismay and "these actions make it more difficult" read as a charge (the
        # article's "rebuked"), not as a mere judgment of a decision.
        X("United States", "Israel",
          "the Jerusalem planning committee's decision to move forward on the approval process for the expansion of "
          "Gilo; these actions make it more difficult for our efforts to succeed",
          IS_REBUKED, IS_DISMAYED, IS_RELAUNCH, speaker="Robert Gibbs"),
        X("United States", "Israel",
          "other Israeli practices in Jerusalem related to housing, including the continuing pattern of evictions and "
          "demolitions of Palestinian homes",
          IS_KELLY, speaker="Ian Kelly"),
        # The lead sentence ties the UK to the criticism of Israel's decision; the consulate's statement gives its
        # own words. Doubt: "So this decision is wrong" (a judgment) is left out of the quotes.
        X("United Kingdom", "Israel",
          "expanding settlements on occupied land in East Jerusalem makes that deal much harder; Israel's decision to "
          "authorise a further 900 homes in east Jerusalem will undermine efforts for peace",
          IS_LEAD, IS_CONSULATE, IS_HARDER, speaker="David Miliband"),
        # Not items: Gibbs's "Neither party should engage in efforts or take actions that could unilaterally
        # pre-empt ... negotiations" (a call on both sides, no accused); the Palestinian National Authority's demand
        # for "a halt to all construction of settlements" (a demand naming no accused; doubt) and Abbas's "no
        # choice" (no accused); Netanyahu's rejection and Regev's "Jerusalem is Israel's capital" (claims, no
        # accusation). The United Nations, the United States and the United Kingdom condemn from afar: no parties
        # (the US is the mediator). No alliance: the US and UK "added to criticism" separately (doubt: not read as a
        # bloc), and the US and EU "requests ... to resume peace talks" are a call, not a tie or mediation (doubt).
        # Abbas's talks with Egypt's Mubarak in Cairo and Sarkozy's meetings (reconciling France with Syria, meeting
        # Saudi Arabia's King Abdullah) are not mediation of this dispute.
    ],
}
