"""Hand gold for part b of the test10 split (tests/corpus/test10/, index_b.json): two Wikinews articles, 2006 and 2017.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum_extra/news/dep/AMALGUM_news_{jong,export}.conllu). Stored versions read: jong and export
both at commit 1ba9b6e9ec991badaf45e12d452cb40b124e6983 (untokenised `# text` lines, no `# meta` lines and no
`# newpar` marks, so each body is one paragraph). Each file was read to its end. The body was rebuilt from the
`# text` lines: headline and dateline dropped in both; sentences joined by one space, none where the sentence's
last token has SpaceAfter=No (export: the lone opening quote `"` stored as a sentence of its own runs straight
into "Well our policy has developed ...", giving `"Well our policy`; the ALP sentence stored as
`... non-NPT countries. "` runs straight into "Any future agreement ...", giving `countries. "Any future`). Also
dropped:
- jong: the closing update box "This story has updates" / "See Break-in attempted at mortuary housing remains of
  Kim Jong Nam, February 23, 2017" (two sentences of their own after the body; a link to a later article).
- export: three section headings stored as sentences of their own ("US-India agreement", "Nuclear
  Non-Proliferation Treaty (NPT)", "Uranium exports").
Neither stored version has an image caption or a pull-quote box. Characters are otherwise as stored, typos kept
("Minister of Foreign affairs", "Defense Analyses's", "International Atomic Energy Agency (IAFA)", "Steve Hadly",
"bi-lateral", "normalising"). Dates are the datelines (Sunday, February 19, 2017; Friday, March 3, 2006); titles
the headlines; urls the Wikinews title.

Regions and years: South-East and East Asia (the killing of Kim Jong Nam at Kuala Lumpur airport: Malaysia's
fourth arrest, South Korea's charge against North Korea, North Korea's objection to the autopsy, February 2017);
Australia, India and the United States (Australia's refusal to sell uranium to India outside the NPT after the
US-India civil nuclear deal, March 2006).

Same-event check (tests/corpus/*/index.json, and the other test10 index files as they stood when this part was
checked: index_a.json, index_c.json and index_d.json, whose articles are other events): jong is the same crisis as test7's
"Break-in attempted at mortuary housing remains of Kim Jong Nam" (2017-02-23, AMALGUM_news_kim), and the stored
article even ends with a link to it; it is another and earlier event (the arrest of the fourth suspect and the
autopsy quarrel, four days before the break-in). Doubt: drop it if the split must not repeat a crisis. The word
"jong" is in no earlier docstring as a file word (test7_b's names "Kim Jong Nam" in a caption only). No title of
tests/corpus/*/index.json is about Australian uranium or the 2006 US-India nuclear deal (test5's NPT conference of
2005-06-02 is another event; the used word "india" is a World Bank gender report, test5_b).

Doubt on export as a whole: it is nuclear diplomacy (a supplier state refusing a sale to a non-NPT state) rather
than a conflict, and its only charges are the two doubtful ones below (Australia's disappointment that India and
Pakistan developed nuclear weapons). It was taken, as the brief allows two articles, because no better second
article was found within (and past) the look-up budget. Drop it if the split must hold only articles with a clear
accusation.

How the slice was searched (about 80 look-ups, past the ~70 budget: listings, existence checks by exact path, reads
and pages). find_files lists amalgum/news/dep only up to "catholic" and amalgum_extra/news/dep up to "sheffield",
so the e-j names of amalgum_extra were all listed and amalgum/news/dep was searched by guessed names, one at a
time, checked with find_files path= before reading.
- Kept: jong (Malaysia, North Korea, South Korea's charge; the suspects) and export (Australia, India, the US-India
  deal). Only two articles: no third in-domain article was found.
- Opened and left out: gabon ("Seven dead, one missing, two survive: French helicopter crash off Gabon coast",
  2009): an air crash (first page read); hebdo ("Millions march in France and around the world in support of
  Charlie Hebdo", 2015): read in full, about ten body sentences among image captions; a march, with "criticism"
  of the United States for its low-level delegation whose critics are unnamed, no accusation as the guidelines
  define one; grave ("Human remains in mass grave confirm Argentina secret death camp", 2008): the Dirty War's
  detention centre, the article's own report of past state violence, no dispute between states or groups (first
  page read); jammu ("India: Jammu and Kashmir government orders private tuitions to shut down for 90 days",
  2018, amalgum/news/dep): an education order (first page read).
- Names tried that are not in amalgum/news/dep: ethnic, exiled, extradition, hutus, gunboat, frigate, ecowas,
  helicopters, grenades, hijack, haqqani, emirates, ingushetia, jakarta, fled, explosives, executed, enrichment,
  elbaradei, fishermen, espionage, fonseka, hama, ghanaian, equatorial, hizbollah, idlib, emergency, fights, fears,
  erupts, expresses, hails, joins, escalates, frees, extends, hands, fires, exchange, enclave, feud, jihadists,
  frontier, fatwa, envoys, ecuadorian, fijian, georgians, filipino, haitian, estonian.
- Listed e-j names of amalgum_extra/news/dep whose titles I did not look at: emissions, fans, fashion, female,
  fraud, gunn, gymnastics, hacksaw, hoped, hsing, jersey, jimmie, judge. Not opened because earlier docstrings
  name them as used, considered or tried: egypt, embassies, gunman, humanitarian, japan (test7_b tried it in
  amalgum/news/dep; it is in amalgum_extra), jerusalem. The words the brief excludes and every word earlier
  parts' docstrings name were not looked up.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Malaysia arrests a fourth suspect in the killing of Kim Jong Nam (2017) ----------------------------------
JO_ARREST = (
    "Malaysian authorities on Friday arrested North Korean man Ri Jong Chol, 46, on suspicion of involvement in the "
    "murder of Kim Jong Nam, the half-brother to Kim Jong Un, leader of North Korea."
)
JO_POISON = (
    "According to South Korean officials, he was killed by a fast-acting poison administered by two women who "
    "approached him in Kuala Lumpur International Airport."
)
JO_WOMEN = (
    "Indonesia's Minister of Foreign affairs confirmed one of the women, Siti Aishah, is an Indonesian citizen, but "
    "confirmation was not then available on whether her counterpart, whose name was given as Doan Thi Huong, is "
    "actually Vietnamese or was merely carrying a Vietnamese passport."
)
JO_SON = "Kim Jong Nam, 45, was the oldest son of North Korean leader Kim Jong Il."
JO_NIS = "South Korea's national intelligence agency accused the North Korean government of having Kim killed."
JO_DISMISSED = (
    "Malaysian Deputy Prime Minister Ahmad Zahid Hamidi dismissed allegations North Korea arranged Kim's death as "
    "\"only speculation.\""
)
JO_AUTOPSY = (
    "Malaysian authorities completed the autopsy of Kim Jong Nam earlier this week over objections from the North "
    "Korean government but announced Thursday they would not release the body to North Korea or disclose the "
    "results without a Kim family DNA sample."
)
JO_VALIDITY = (
    "The North Korean government already said it won't accept the validity of an autopsy done without its "
    "permission or oversight."
)

# --- Australia will not export uranium to India (2006) -------------------------------------------------------
EX_LEAD = (
    "The Australian foreign minister, Alexander Downer, has confirmed that Australia will not export uranium to "
    "India while it is not a signatory of the Nuclear Non-Proliferation Treaty (NPT)."
)
EX_PROMPTED = (
    "The confirmation was prompted by a recently announced agreement between India and the United States involving "
    "the sale of civilian nuclear technology."
)
EX_DISAPPOINTED = (
    "Mr. Downer also said that the Australian government was disappointed when India and Pakistan developed nuclear "
    "weapons, but supports the new United States deal with India as an attempt to engage with India and \"open up "
    "their civilian nuclear industry to International Atomic Energy Agency inspectors.\""
)
EX_STEP = (
    "\"We've considered very carefully over the last few months the American proposal for this agreement that "
    "President Bush has signed with the Indians, and our view about it is that it's a good step forward in what's "
    "been a difficult situation,\" Mr. Downer said."
)
EX_ALP = (
    "The Australian Labor Party (ALP) supported the government's stance on exporting uranium to non-NPT countries."
)
EX_DEAL = (
    "The deal between the two countries involves the US supplying civilian nuclear technology to India, in exchange "
    "for money and a promise to open some reactors for inspection."
)
EX_ELBARADEI = (
    "The director of the IAEA, Mohamed ElBaradei, called India \"an important partner in the non-proliferation "
    "regime\"."
)
EX_NOT_SIGNED = "187 sovereign nations are currently signed on to the NPT; however India, Pakistan, and Israel have not."

GOLD = {
    # Malaysia holds four suspects in the airport poisoning of Kim Jong Nam; South Korea blames North Korea, Malaysia
    # calls that speculation; North Korea objects to Malaysia's autopsy.
    "2017-02-19-malaysian-authorities-arrest-fourth-suspect-in-killing-of-ki": [
        P("Malaysia", "state", JO_ARREST, JO_AUTOPSY,
          aliases=["Malaysian", "Malaysian authorities", "Malaysian Deputy Prime Minister Ahmad Zahid Hamidi",
                   "Ahmad Zahid Hamidi", "Selangor State Police Chief Abdul Samah Mat", "Abdul Samah Mat",
                   "police"]),
        P("North Korea", "state", JO_NIS, JO_AUTOPSY,
          aliases=["North Korean", "North Korean government", "Kim Jong Un", "Kim Jong-un regime", "the regime"]),
        # Doubt: the murdered man read as the targeted side (a person acting for no state, living in exile); the
        # suspects (Ri Jong Chol, Siti Aishah, Doan Thi Huong, the taxi driver) are not read as parties, only as the
        # accused of the items below.
        P("Kim Jong Nam", "person", JO_ARREST, JO_SON, aliases=["Kim", "Kim Chol"]),
        X("South Korea", "North Korea", "having Kim killed", JO_NIS, speaker="national intelligence agency"),
        # Doubt: an arrest "on suspicion of involvement" read as Malaysia's charge against the man it holds.
        X("Malaysia", "Ri Jong Chol", "involvement in the murder of Kim Jong Nam", JO_ARREST),
        # Doubt (this item and the next): "according to South Korean officials" read as South Korea's charge
        # against the two women, whom the article names only in a later sentence; one item per accused woman.
        X("South Korea", "Siti Aishah", "killed by a fast-acting poison administered by two women",
          JO_POISON, JO_WOMEN),
        X("South Korea", "Doan Thi Huong", "killed by a fast-acting poison administered by two women",
          JO_POISON, JO_WOMEN),
        # Doubt: North Korea's objection read as a charge that Malaysia did the autopsy without its permission (it
        # could also be read as a mere refusal to accept a decision, which is no accusation).
        X("North Korea", "Malaysia", "an autopsy done without its permission or oversight", JO_AUTOPSY, JO_VALIDITY),
        # Not items: Malaysia's Deputy Prime Minister dismissing "allegations North Korea arranged Kim's death as
        # 'only speculation'" (a rejection; the claim it rejects is South Korea's, annotated above); Kim Chang-su of
        # the Korean Institute for Defense Analyses saying Kim Jong Un "may have felt his brother was a threat"
        # (a hedged motive, no wrong alleged; doubt), and "many people so perceived ... have ended up dead" / "Jang
        # was executed for treason" (the article's own report, passive); the New Straits Times' CCTV findings and
        # "reports differ" on how the poison was given (news reports); Aishah's statement that she thought she was
        # hired for a prank (a defence naming no one); the taxi driver's arrest (no wrong stated: "believed was the
        # boyfriend"); Kim Jong Nam's 2012 words on the regime (a prediction). South Korea only accuses and
        # Indonesia and Vietnam only have nationals among the suspects: not parties (doubt for South Korea). No
        # alliance and no mediator.
    ],
    # Australia refuses to sell uranium to India while it stays outside the NPT, though it backs the new US-India
    # civil nuclear deal; the opposition Labor Party backs the refusal.
    "2006-03-03-australia-will-not-export-uranium-to-india": [
        # Doubt: a supplier's refusal read as a sanction-like measure that makes Australia and India the sides of
        # the article's dispute; the United States is read as India's partner in the deal, not as a side.
        P("Australia", "state", EX_LEAD, EX_DISAPPOINTED,
          aliases=["Australian", "Australian government", "Australian foreign minister", "Alexander Downer",
                   "Mr. Downer", "the government"]),
        P("India", "state", EX_LEAD, EX_NOT_SIGNED, aliases=["Indians"]),
        # Doubt: a civil nuclear cooperation agreement read as a standing tie of the two states.
        A(["United States", "India"], "other", EX_PROMPTED, EX_DEAL),
        # Doubt: Australia's declared support for the US deal with India read as political support for the United
        # States (the deal's proposer).
        A(["Australia", "United States"], "political_support", EX_DISAPPOINTED, EX_STEP),
        # Doubt: the opposition party's declared support for its own government's stance.
        A(["Australian Labor Party", "Australia"], "political_support", EX_ALP),
        # Doubt: the IAEA director's praise of India read as declared political support.
        A(["International Atomic Energy Agency", "India"], "political_support", EX_DISAPPOINTED, EX_ELBARADEI),
        # Doubt (this item and the next): the Australian government's disappointment that India and Pakistan
        # developed nuclear weapons read as a charge of wrongdoing against each state; it can also be read as a
        # judgment, which is no accusation.
        X("Australia", "India", "developed nuclear weapons", EX_DISAPPOINTED, speaker="Alexander Downer"),
        X("Australia", "Pakistan", "developed nuclear weapons", EX_DISAPPOINTED, speaker="Alexander Downer"),
        # Not items: "Israel is suspected of possession of nuclear weapons" (passive, no accuser); the ALP's
        # condition that any agreement depend on India signing the NPT (a demand, no wrong alleged); "The deal stops
        # short of normalising India's nuclear status" (the article's own assessment); Steve Hadly's account of the
        # deal (the article does not say he speaks for the United States; no wrong alleged); the NPT's list of
        # nuclear-weapon states and its signatories (no bloc acting together in the article). No mediator.
    ],
}
