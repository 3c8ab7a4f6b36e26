"""Hand gold for part g of the test10 split (tests/corpus/test10/, index_g.json): two Wikinews articles, 2008 and 2009.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`), from the corpus's second news folder: amalgum_extra/news/dep/AMALGUM_news_{sudan,somali}.conllu.
Stored versions read: both at commit 2dcbcbeffb9192941645e52ba0635469ed8bb91b, each read to its last sentence (sudan
three pages, somali four); untokenised `# text` lines, no `# meta` lines and no `# newpar` marks, so each body is one
paragraph. The body was rebuilt from the `# text` lines: sentences joined by one space, none where the sentence's
last token has SpaceAfter=No. That happens where an opening quotation mark is stored as a sentence of its own
(sudan, three times: `"It has devastating`, `"UNAMID still lacks`, `"I stressed`). Also dropped:
- sudan: the headline ("UN Secretary-General expresses concern about crises in Chad, Kenya, Sudan") and the dateline
  ("Thursday, February 7, 2008"); the stored version has no image caption, pull quote or poll box.
- somali: the headline ("Families appeal to Spain's government to negotiate with Somali pirates"), the dateline
  ("Sunday, November 8, 2009"), the image caption "Somalia" / "Image: Hipi Zhdripi." (a map) and the pull-quote box
  `"If we remain calm and confident I am certain that what all Spaniards what, what the families want, what the
  government wants—that the hostages can return to their homes safe and sound [...]" —Spanish Foreign
  MinisterMiguel Ángel Moratinos` (one stored sentence; the body repeats the quote in full a few sentences later).
Characters are otherwise as stored, typos and oddities kept ("what all Spaniards what", "US$4 (€2.6) million",
`"little drinking water or food,".`, the fragment "in a joint statement." after the families' quote, the em dashes
without spaces, "AU-U.N.", "- chiefly helicopters"). Dates are the datelines; titles the headlines; urls the
Wikinews title.

Regions and years: Central and East Africa (February 2008: Ban Ki-moon on the rebel attack on Chad's government and
the African Union's plan to have Libya's and the DR Congo's leaders mediate, Kenya's post-election crisis and Kofi
Annan's mediation panel, the AU-UN force for Darfur and Sudan's status-of-forces agreement); the Indian Ocean and
Spain (November 2009: the Spanish tuna trawler Alakrana held by Somali pirates, who demand a ransom and two suspects
held in Spain).

Same-event check (tests/corpus/*/index.json, and tests/corpus/test10/index_a/b/c/d/e/f.json as they stood when this part
was checked): no title is about Chad's 2008 rebel attack, the Alakrana or the Spanish government. sudan touches two
crises earlier splits cover: Kenya's post-election crisis (test9's "Kenya's leader Kibaki seeks Ghanaian president
Kufuor's mediation", 2008-01-07, and test7's "Kenyan government and opposition agree on power sharing",
2008-02-28) and Darfur (test4's "UN: military attacks on Darfur violated international law", 2008-03-20); the
article is another event (the Secretary-General's briefing after the AU summit, three crises in one), and its Chad
part is new. somali is Somali piracy, which test6 (Maersk Alabama, 2009), test7 (Sirius Star, 2008) and test9
(Yuan Xiang, 2010) already cover; it is another event (the Alakrana hostage crisis, with Spain as the pressed
state). Doubt: drop either if the split must not return to a crisis an earlier split covers.

Doubt on the choice of words: the brief excludes every word earlier docstrings name as used, considered or tried.
"sudan" and "somali" are both named in test7_d's docstring among the names looked up in amalgum/news/dep and NOT
found there; nobody opened or considered these two amalgum_extra files, so they were kept, but by the letter of the
brief they may have to be dropped ("ukrainian", found the same way, is left out below for its topic).

Doubt on both articles as a whole: they are thin in accusations. sudan is a briefing by the UN Secretary-General
with three mediations but a single, doubtful charge (his call to Kenya's leaders to stop "the unacceptable violence
and killings"); somali has one clear charge (Spain's secretary of state for defence: the kidnappers are
"dramatising" the situation) and one doubtful one (the captain relaying the pirates' threat to kill).

How the slice was searched (about 70 look-ups in all: two folder listings, one prefix listing and two extension
listings that returned nothing, two code searches, four exact-string searches, one repository search, one read of a
public conllu-rest scratch file (it names only news files earlier parts already named), and the file reads below).
find_files lists amalgum/news/dep only to "catholic" (685 files in all) and amalgum_extra/news/dep only to
"sheffield" (123 files in all), so every n-z name of amalgum/news/dep and every name after "sheffield" in
amalgum_extra had to be guessed one at a time; the n-sheffield names of amalgum_extra were all listed (nam, nato,
ozone, palestinians, parasite, passengers, pride, rape, ravens, rehearsed, revenue, robben, rocket, romanian, ron,
sadc, salman, sarkozy, satellites, selek, senegal, sentamu, sheffield) and earlier parts had named or opened them
all but parasite, rape, ravens, rehearsed, revenue, robben, ron and sentamu, whose words are off topic (not opened).
Each guess was first checked against the words of all earlier docstrings.
- Kept: sudan and somali (amalgum_extra; read in full).
- Opened and left out: ukrainian (amalgum_extra, "Four arrested after building spire in Moscow painted in Ukrainian
  colors", 2014; first page read): a vandalism arrest in Moscow, no dispute between states or armed groups named in
  the page read.
- Names tried that are not stored in amalgum/news/dep: tibetan, ultimatum, warplanes, yemeni, thaksin, unifil,
  tskhinvali, sharif, tuareg, warheads, timor, somaliland, transnistria, zawahiri, ugandan, veto, norwegian, peru,
  serb, syrians, spain, vietnam, taylor, rouhani, tillerson, siniora, straw, rasmussen, storms, retake, reopens,
  opposes, sends, recognise.
- Names tried that are not stored in amalgum_extra/news/dep: syria, taliban, ukraine, venezuela, wikileaks, tibet,
  turkey, war, thai, sri, tamil, uganda, zimbabwean, taiwan, yemeni.
- Only two articles: no third in-domain article turned up within the look-up budget.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- UN Secretary-General on the crises in Chad, Kenya and Sudan (2008) --------------------------------------
UN_LEAD = (
    "United Nations Secretary-General Ban Ki-moon has expressed concern about crises in Chad, Kenya, and the Sudan."
)
UN_CHAD = (
    "On rebel efforts to overthrow the government in Chad in recent days, the secretary-general welcomed an African "
    "Union initiative to have the leaders of Libya and the Democratic Republic of Congo mediate the crisis."
)
UN_DARFUR = "Mr. Ban told reporters the situation in the neighboring Darfur region of Sudan is no less troubling."
UN_UNAMID = (
    "He says the deployment of the AU-U.N. peacekeeping force, known as UNAMID, must be sped up and urged member "
    "states to properly equip the troops."
)
UN_BASHIR = (
    "While at the AU summit, Mr. Ban says he discussed some of the outstanding issues affecting the deployment with "
    "Sudanese President Omar al-Bashir, and he expects the Status of Forces Agreement (SOFA) to be signed this week."
)
UN_KENYA = (
    "On Kenya, Mr. Ban says he has been deeply engaged in the post-election crisis and told political leaders during "
    "his visit there that they bear particular responsibility for the future of Kenya."
)
UN_STRESSED = (
    "I stressed to all the Kenyan leaders the need to stop the unacceptable violence and killings, and to resolve "
    "their differences through dialogue and democratic process."
)
UN_ANNAN = (
    "Mr. Ban also met in Nairobi with his U.N. predecessor, Kofi Annan, who is leading the panel of eminent Africans "
    "trying to mediate the crisis, and said they discussed his roadmap for the talks."
)

# --- Families appeal to Spain to negotiate with the Somali pirates holding the Alakrana (2009) -----------------
AK_APPEAL = (
    "Families of Spanish sailors being held for over a month appealed to Spain's government on Friday to negotiate "
    "with the Somali pirates for their release."
)
AK_THREAT = (
    "The kidnappers have threatened to kill three of the tuna trawler's crew after a stand-off with Spanish forces."
)
AK_FREE = (
    "They called upon the government to free two captured Somalis held in Spain, who are suspected of being involved "
    "in the seizure of the Alakrana and its crew of 36."
)
AK_BLACH = (
    "Ricardo Blach, the captain of the trawler who is being held by the pirates, warned relatives by phone that they "
    "intended to kill the three crew members—moved from the trawler on Thursday and returned on Friday in a bid to "
    "pressure the Spanish government—should their demands not be met."
)
AK_TOLD = (
    "\"They have just told us that if in three days there is no change over the two held in Spain, they will kill "
    "the three and then three others and then more,\" he said."
)
AK_RANSOM = (
    "The pirates captured the boat on October 2, and are demanding US$4 (€2.6) million in ransom in addition to the "
    "release of the two captured Somalis."
)
AK_MILITARY = "Spanish military captured the two suspected pirates when they left the trawler via a small boat."
AK_MENDEZ = (
    "On Friday, Spain's secretary of state for defence, Constantino Mendez, insisted that their release \"is not "
    "negotiable.\""
)
AK_DRAMATISING = (
    "He announced on Spanish National Radio that the hostages are \"in good health\" and that the kidnappers are "
    "\"dramatising\" the situation as a \"negotiating tactic.\""
)

GOLD = {
    # Ban Ki-moon after the AU summit: rebels attack Chad's government (the AU wants Libya's and the DR Congo's
    # leaders to mediate), Kenya's post-election crisis (Annan's panel mediates), Darfur (the AU-UN force and
    # Sudan's status-of-forces agreement).
    "2008-02-07-un-secretary-general-expresses-concern-about-crises-in-chad": [
        # The government the rebels try to overthrow.
        P("Chad", "state", UN_CHAD, aliases=["the government in Chad"]),
        # Doubt: the rebels are never named; "rebel efforts" is the only mention (named "rebels" as test8 did).
        P("rebels", "armed_group", UN_CHAD, aliases=["rebel"]),
        # Doubt: Kenya's crisis is told without its sides; its "political leaders" (government and opposition
        # together) are addressed, so the state is read as the party of the crisis.
        P("Kenya", "state", UN_KENYA, UN_STRESSED, aliases=["Kenyan", "the Kenyan leaders", "political leaders"]),
        # Doubt: Sudan read as a party of the Darfur crisis: the host state whose president negotiates the
        # deployment of the AU-UN force and whose agreement's "sticking points" are unsettled; the fighting in
        # Darfur itself is not described.
        P("Sudan", "state", UN_DARFUR, UN_BASHIR,
          aliases=["the Sudan", "Sudanese", "Sudanese President Omar al-Bashir", "Omar al-Bashir"]),
        # The AU initiative is to have the two leaders mediate the Chad crisis (a mediation planned and welcomed,
        # not yet under way: doubt for all three items).
        M("Libya", UN_CHAD),
        M("Democratic Republic of the Congo", UN_CHAD),
        M("African Union", UN_CHAD, members=["Libya", "Democratic Republic of the Congo"]),
        # Annan, introduced as Ban's "U.N. predecessor", leads the panel mediating Kenya's crisis for no state (a
        # person mediator, as test7 read him).
        M("Kofi Annan", UN_ANNAN),
        # Doubt: the joint AU-UN peacekeeping force (UNAMID) read as the two organisations acting together.
        A(["African Union", "United Nations"], "other", UN_UNAMID),
        # Doubt: a call to "all the Kenyan leaders" that presupposes the wrong ("the need to stop the unacceptable
        # violence and killings"), read as the UN's charge against Kenya's leaders, as test7 read a demand that
        # presupposes the wrong; it may be a bare call.
        X("United Nations", "Kenya", "the unacceptable violence and killings",
          UN_LEAD, UN_KENYA, UN_STRESSED, speaker="Ban Ki-moon"),
        # Not items: "rebel efforts to overthrow the government in Chad" (the article's own report); "Those
        # countries that called for intervention in Darfur are under special obligation to deliver on their
        # promises" (aimed at countries the article does not name); the December bombing in Algeria that killed 17
        # UN staff (no accuser, no accused named); Ban's "deeply engaged" and his appeal to Kenya's leaders "to
        # think beyond their individual interests or party lines" (calls, no allegation). The United Nations is no
        # party: it comments, urges the Security Council and member states, and deploys a peacekeeping force (no
        # mediation of its own is said; Ban discussing Annan's "roadmap" is support for Annan's mediation, not read
        # as a mediator item; doubt). UNAMID is a peacekeeping force, not mediation. Brahimi's panel on UN staff
        # security is off the disputes. Ethiopia only hosts the AU summit. Darfurian refugees in Chad are victims
        # named in passing, not a side.
    ],
    # The Spanish trawler Alakrana held by Somali pirates, who want a ransom and two suspects Spain captured; the
    # crew's families press Spain to negotiate, Spain refuses to release the two.
    "2009-11-08-families-appeal-to-spain-s-government-to-negotiate-with-soma": [
        # The state pressed by the pirates' demands (its military holds the two suspects, its frigates watch).
        P("Spain", "state", AK_APPEAL, AK_MILITARY, AK_MENDEZ,
          aliases=["Spain's government", "Spanish government", "the government", "Spanish", "Spanish forces",
                   "Spanish military", "Spanish authorities", "Spanish frigates",
                   "Deputy Prime Minister María Teresa Fernández de la Vega Sanz",
                   "María Teresa Fernández de la Vega Sanz", "Spanish Foreign Minister Miguel Ángel Moratinos",
                   "Miguel Ángel Moratinos", "Moratinos", "Spain's secretary of state for defence",
                   "Constantino Mendez"]),
        # The two suspects Spain captured are read as members of the same pirate group (doubt).
        P("Somali pirates", "armed_group", AK_APPEAL, AK_THREAT, AK_RANSOM,
          aliases=["pirates", "the pirates", "the Somali pirates", "kidnappers", "the kidnappers",
                   "the two suspected pirates", "two captured Somalis"]),
        X("Spain", "Somali pirates", "the kidnappers are \"dramatising\" the situation as a \"negotiating tactic\"",
          AK_MENDEZ, AK_DRAMATISING, speaker="Constantino Mendez"),
        # Doubt: the trawler's captain, himself a hostage, relays the pirates' threat to kill crew members; read as
        # his charge against them (as test9 read a released hostage's charge), though it may be only a threat
        # reported (test10's part d left a kidnappers' own threat out).
        X("Ricardo Blach", "Somali pirates",
          "intended to kill the three crew members; they will kill the three and then three others and then more",
          AK_BLACH, AK_TOLD, speaker="Ricardo Blach"),
        # Not items: "The kidnappers have threatened to kill three of the tuna trawler's crew" and "The pirates
        # captured the boat on October 2, and are demanding US$4 (€2.6) million in ransom" (the article's own
        # report); the two Somalis "suspected of being involved in the seizure" (passive, no accuser); the
        # families' appeal, their "We demand that all the parties work in the same direction" and their request
        # that Spain choose "negotiation" "as opposed to risking the life of the crew" (calls on their own
        # government, no allegation; doubt); "Families say the captured crew have \"little drinking water or
        # food,\"" (a condition reported, no accused named); Moratinos's "this kidnapping" and his calls for calm
        # (no accused named in his words); the Deputy Prime Minister's "That is an issue for the courts to decide"
        # (a refusal). The families and the crew (AK_FREE names the Alakrana and its crew of 36) are not read as
        # parties of their own: the pirates' demands are aimed at Spain (doubt; the families are petitioners, the
        # hostages the stake). No mediator: Spain's willingness to hand the suspects to "an African country, such
        # as Kenya, as happened in May" makes no state a go-between. No alliance (Kenya's past receipt of suspects
        # is not read as a tie; the Lynn Rival is an earlier case).
    ],
}
