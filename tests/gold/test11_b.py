"""Hand gold for part b of the test11 split (tests/corpus/test11/, index_b.json): two Wikinews articles, 2009 and 2012.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{idf,escape}.conllu). Stored versions read: both at commit
2dcbcbeffb9192941645e52ba0635469ed8bb91b (untokenised `# text` lines with SpaceAfter marks, no `# meta` lines and no
`# newpar` marks, so each body is one paragraph); idf's first page was also read at commit
ad33923d67196f3fb8f716c80616036c0a111865 (an older tokenised version, also without `# newpar` marks) to look for
paragraph marks. Each file was read to its end. The body was rebuilt from the `# text` lines: sentences joined by one
space, none where the sentence's last token has SpaceAfter=No (escape: the lone opening quotation mark stored as a
sentence of its own runs straight into "After being kidnapped ...", giving `country. "After`). Dropped:
- idf: headline and dateline; the pull-quote box "...we should kill everyone there..." / "Everyone there is a
  terrorist." (stored as sentences 8-9; the body repeats both in the squad leader's quotation); and the three
  fragments "Ehud Barak" / "Minister of Defense" / "Talking to Israel Radio" (sentences 17-19, between the
  spokesperson's sentence and "Israeli Minister of Defense Ehud Barak said ..."), read as an image caption or quote-box
  attribution. Doubt: if "Talking to Israel Radio" was a section heading it would belong to the body.
- escape: headline and dateline; the image caption "Video showing rocket strike near camera from a citizen journalist
  broadcasting live footage from Homs, Syria on February 9." / "Image: Baba-Omer via Bambuser.". The two inline
  Turkish-language notes ("((tr))Turkish language: Suriye'de ..." and "((tr))Turkish language: henüz herhangi bir
  bilgi yok") are kept as stored: the first carries body text ("but they also added, ...").
Characters are otherwise as stored, typos and quirks kept ("spokes person", "speak of lack a context", "was
that\"...we", "[in...Gaza]", "they website", "Ma’arrat" with a curly apostrophe, "award winning"). Dates are the
datelines (Tuesday, March 24, 2009; Tuesday, December 18, 2012); titles the headlines; urls built from the titles (the
version read has no sourceURL line).

Regions and years: the Middle East / Israel and the Gaza Strip (Israeli veterans' accounts of killings of civilians in
the 2008-2009 Gaza war and the war-crimes investigations they prompted, March 2009); the Middle East / Syria (NBC
journalists kidnapped by an unknown group in the Syrian civil war and freed in a gunfight at a rebel checkpoint,
December 2012).

Same-event check (tests/corpus/*/index.json and the test11 index files of parts a, d, e, f and g as they stood when
this part was written): idf is the same war as test4's "Israel announces ceasefire in Gaza Strip, rocket fire into
Israel ..." (2009-01-18) and test9's "Israeli military confirms the use of white phosphorus bombs" (2009-01-23), but a
later and other event (the soldiers' testimony of March 2009 and the investigations it prompted). Doubt: drop it if
the split must not repeat a war. escape: no title is about the Engel kidnapping; test4's "Leaked Syrian government
emails indicate weapons supplied to ..." (2012-12-02) and test8's and test10's Syria articles (2013) are other events
of the same civil war. escape is thin (three parties, no accusation as the guidelines define one): drop it if every
article of the split must carry an accusation.

How the slice (e-j of amalgum/news/dep) was searched: about 140 look-ups, listings, existence checks, code searches
and the pages read. The amalgum/news/dep listing stops at "catholic" and every e-j name of amalgum_extra/news/dep is
listed and named by earlier parts, so names were guessed one at a time with find_files path=, after checking each
against the words the brief excludes and every word of the docstrings of tests/gold/test*_?.py and heldout_?.py.
- Kept: idf (Israel and the Palestinians; charges by Israeli veterans and the UN special rapporteur) and escape
  (kidnappers, Syrian rebels and the Syrian government). Only two articles: no third in-domain article turned up.
- Opened and left out: fighter ("Wikinews interviews Christopher Hill, U.S. Republican Party presidential candidate",
  2015): an election interview (first page read); jet ("AirAsia jet vanishes over Indonesia, 162 missing", 2014): an
  air disaster (first page); fatalities ("Multiple fatalities in bin lorry crash in Glasgow, Scotland", 2014): an
  accident (first page); ghana ("FIFA U-17 World Cup: Ghana vs. Germany", 2007) and germany ("2007 FIFA U17 World Cup:
  Germany eliminates Americans ...", 2007): football (first page); jos ("Wikinews Shorts: November 29, 2008"): a
  digest of unrelated briefs (first page; its first brief is Ethiopia's pull-out from Somalia); hong ("Multiple
  controversies arise on eve of Hong Kong legislative election", 2016): domestic election quarrels (first page);
  inquiry ("POWER inquiry calls for radical power shift in British democracy", 2006): UK political reform (first page).
- Found but not opened: italy (amalgum/news/dep; by analogy with ghana and germany probably a sports report).
- Names tried that are not in amalgum/news/dep: evacuated, exile, extremist, flee, gunships, hizbullah, imprisoned,
  election, enemies, extremism, jailed, islam, hostile, imam, generals, incidents, expel, fierce, fugitive, hardline,
  invaded, handover, isis, interpol, hunt, fleet, fidel, hollande, ghani, haftar, gujarat, flees, foils, evacuees,
  emirati, exodus, faces, hits, islamic, foreign, force, headquarters, freedom, forced, europe, exercises, eastern,
  governor, execution, firing, funeral, greenpeace, hanged, immunity, intercepted, invade, elected, explosive, bosnian,
  france, greece, egypt, ethiopians, gambia, irish, jews, indians, germans, erbil, haifa, eilat, hodeidah, ghazni,
  explodes, gunned, infighting, ied, jihadis, fired, gibraltar, ehud, idriss, hugo, hassan, jemaah, eln, jirga,
  gordon, jyllands, jacques, fear, halt, fresh, heads, hopes, intensifies, fleeing, erupted, embattled, emissary,
  freeze, held, executes, footage, inmates, investigators, intelligence, guard, general, journalist, incident, elite,
  jem, isaf, eulex, igad, fsa, isi, gam, fdlr, gcc, ezln.
- The words the brief excludes and every word earlier parts' docstrings name as used, considered or tried were not
  looked up. Two code searches ("AMALGUM_news ceasefire rebels accused ...") found no list of the corpus's news names.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- IDF soldiers' account of Gaza incursion sparks new war crimes investigations (2009) -------------------
IDF_SEMINAR = (
    "During a seminar with students at the Mechinat Rabin in Oranim, Israeli veterans of the 2008–2009 Israel–Gaza "
    "conflict revealed accounts of the deaths of unarmed civilians."
)
IDF_PROMPTED = (
    "This has prompted new allegations of war crimes and a review and investigation into the rules of engagement "
    "within the Israel Defense Forces (IDF)."
)
IDF_TWO = "There are two accounts in which fears of war crimes have been raised."
IDF_OLD_WOMAN = (
    "In one, an Israeli commander ordered the killing of an old woman walking down a road and coming within 100 "
    "metres of an IDF position."
)
IDF_NO_WARNING = (
    "There was no warning that a perimeter existed, no attempt was made at a warning and no attempt was made to "
    "ascertain as to whether the old woman posed a threat."
)
IDF_SNIPER = (
    "In a second account a woman and her two children were killed by a sniper when she was ordered to leave a "
    "building being occupied by Israeli soldiers."
)
IDF_COMMANDER = (
    "The commander of the unit commandeering the building however failed to inform a sniper placed on a roof top and "
    "the three were killed according to standing instructions issued to the sniper."
)
IDF_CONTEMPT = (
    "In addition to specific cases, the veterans spoke of a general contempt towards the Palestinians, and disregard "
    "for their lives."
)
IDF_SQUAD = (
    "One squad leader speaking at the military academy said that the attitude of those both above and below was "
    "that\"...we should kill everyone there [in...Gaza]."
)
IDF_TERRORIST = "Everyone there is a terrorist.\""
IDF_OFFICER = (
    "With his immediate commanding officer advocating the clearing of buildings by shooting all within without warning."
)
IDF_SPOKESPERSON = (
    "An Israeli spokes person speaking to the BBC said that the incidents spoken of were well known within the brigade "
    "responsible and that any actions that took place were within its rules of engagement, however in response to the "
    "accusations the Military Advocate General of the IDF, Brigadier General Avichai Mendelblit has instructed the "
    "Israeli Military Police Investigation unit to investigate the allegations."
)
IDF_BARAK = (
    "Israeli Minister of Defense Ehud Barak said that the IDF is \"...the most moral army in the world\" though "
    "individual exceptions may have occurred, and that these would be investigated."
)
IDF_INTERNATIONALLY = (
    "Internationally the accusations are not seen as individual soldiers being responsible for war crimes but that war "
    "crimes may have been committed by the Israeli military as a whole, that its rules of engagement were drafted and "
    "implemented in such a way that they failed to sufficiently distinguish between combatants and civilians."
)
IDF_FALK = (
    "In response to the allegations Richard Falk, the UN special rapporteur for human rights in the Palestinian "
    "territories, said that the Geneva Conventions required that there had to be a clear distinction between military "
    "targets and the civilian population and that \"...If it is not possible to do so, then launching the attacks is "
    "inherently unlawful and would seem to constitute a war crime of the greatest magnitude under international "
    "law...\""
)
IDF_VIOLATED = (
    "If it is to have indeed failed to protect the lives of Palestinian civilians then the Israeli military not only "
    "violated international law but its own moral code of conduct as outlined in its tenet of purity of arms."
)

# --- Journalists escape after being kidnapped in Syria (2012) ---------------------------------------------
SY_FREED = (
    "After being kidnapped and held for five days inside Syria by an unknown group, NBC News Chief Foreign "
    "Correspondent Richard Engel and his production crew members have been freed unharmed."
)
SY_CHECKPOINT = (
    "When they were moved to another location, the kidnappers accidentally approached a Syrian rebel checkpoint and a "
    "gunfight broke out."
)
SY_CAPTORS = "Two unnamed captors were killed in the attack, but Engel and others were able to escape."
SY_TIED = (
    "NBC News says Engel and others were tied up, blindfolded, and put in the back of a truck and driven to possibly "
    "near the Syrian town of Ma’arrat Misrin."
)
SY_GOVERNMENT = (
    "In February, Wikinews reported journalists were apparently targeted in Syrian government attacks, and some of "
    "them killed."
)
SY_FORCES = (
    "On February 21, a member of the Homs Media Center was killed by a rocket as Syrian forces continued their "
    "bombardment of the city for an eighteenth straight day."
)

GOLD = {
    # Israeli veterans of the 2008-2009 Gaza war describe killings of unarmed civilians; the IDF's Military Advocate
    # General orders an investigation; the UN special rapporteur Richard Falk speaks of a possible war crime.
    "2009-03-24-idf-soldiers-account-of-gaza-incursion-sparks-new-war-crimes": [
        P("Israel", "state", IDF_PROMPTED, IDF_SNIPER,
          aliases=["Israeli", "Israel Defense Forces", "IDF", "the IDF", "Israeli military", "the Israeli military",
                   "Israeli soldiers", "Israeli commander", "an Israeli commander", "An Israeli spokes person",
                   "Military Advocate General of the IDF", "Avichai Mendelblit", "Brigadier General Avichai Mendelblit",
                   "Israeli Military Police Investigation unit", "Israeli Minister of Defense Ehud Barak", "Ehud Barak"]),
        # Doubt: the Palestinians of Gaza read as the targeted side (the victims of the killings the veterans describe);
        # the article names no Palestinian armed group or authority.
        P("Palestinians", "other", IDF_CONTEMPT, IDF_VIOLATED,
          aliases=["Palestinian", "Palestinian civilians", "unarmed civilians"]),
        # Doubt (all four veterans' items): the veterans are former IDF soldiers speaking of their own war; their
        # accounts are read as charges against the army (the article calls them "allegations" and "accusations"),
        # not as the state's admissions. They act for no state or group, so they are the accuser.
        X("Israeli veterans", "Israel",
          "an Israeli commander ordered the killing of an old woman walking down a road; no attempt was made at a warning",
          IDF_SEMINAR, IDF_OLD_WOMAN, IDF_NO_WARNING),
        X("Israeli veterans", "Israel",
          "a woman and her two children were killed by a sniper when she was ordered to leave a building being occupied "
          "by Israeli soldiers; the commander failed to inform a sniper",
          IDF_SEMINAR, IDF_SNIPER, IDF_COMMANDER),
        X("Israeli veterans", "Israel",
          "a general contempt towards the Palestinians, and disregard for their lives",
          IDF_SEMINAR, IDF_CONTEMPT),
        # Doubt: the squad leader's quotation and the fragment about his commanding officer are read as one statement
        # (one item); a split into "attitude ... we should kill everyone there" and "commanding officer advocating the
        # clearing of buildings by shooting all within without warning" would be two.
        X("Israeli veterans", "Israel",
          "the attitude of those both above and below was that \"...we should kill everyone there\"; his immediate "
          "commanding officer advocating the clearing of buildings by shooting all within without warning",
          IDF_SEMINAR, IDF_SQUAD, IDF_TERRORIST, IDF_OFFICER, speaker="One squad leader"),
        # Doubt: Falk's charge is conditional ("If it is not possible to do so"); the paragraph after it (IDF_VIOLATED)
        # carries it to the Israeli military and is read as his argument continued. The UN special rapporteur speaks
        # for the United Nations (an office of the organisation), so the UN is the accuser.
        X("United Nations", "Israel",
          "launching the attacks is inherently unlawful and would seem to constitute a war crime of the greatest "
          "magnitude under international law; the Israeli military not only violated international law but its own "
          "moral code of conduct",
          IDF_FALK, IDF_VIOLATED, speaker="Richard Falk"),
        # Not items: "This has prompted new allegations of war crimes" (IDF_PROMPTED) and "Internationally the
        # accusations are not seen as individual soldiers being responsible ... but that war crimes may have been
        # committed by the Israeli military as a whole" (IDF_INTERNATIONALLY): passive, no accuser named (doubt for the
        # second); the Israeli spokesperson's "within its rules of engagement" and Barak's "the most moral army in the
        # world" (denials); Mendelblit's order to investigate (a response, no accused); "Others in Israel ... speak of
        # lack a context" (no accused); "Everyone there is a terrorist" is the attitude the squad leader reports, not
        # a charge he makes (it is inside his item). No mediator, no alliance; the UN is no party (its rapporteur
        # comments).
    ],
    # NBC's Richard Engel, Aziz Akyavaş and crew are kidnapped in Syria by an unknown group and escape when their
    # captors run into a rebel checkpoint; background on journalists killed in the Syrian government's bombardment
    # of Homs.
    "2012-12-18-journalists-escape-after-being-kidnapped-in-syria": [
        P("unknown group", "armed_group", SY_FREED, SY_CHECKPOINT,
          aliases=["an unknown group", "kidnappers", "the kidnappers", "captors", "their captors",
                   "Two unnamed captors"]),
        P("Syrian rebels", "armed_group", SY_CHECKPOINT, aliases=["Syrian rebel", "rebel"]),
        # Doubt: the Syrian government read as a side (its forces' bombardment of Homs killed journalists, the
        # article's background), not only as the place of the story.
        P("Syria", "state", SY_GOVERNMENT, SY_FORCES,
          aliases=["Syrian", "Syrian government", "Syrian forces"]),
        # Not items: "Wikinews reported journalists were apparently targeted in Syrian government attacks"
        # (SY_GOVERNMENT: the news site's own report); NTV's "may have been \"arrested and detained in Syria\"" and
        # the Kuwait News Agency's "may have been kidnapped" (news reports, no accused); NBC News's account of how its
        # crew was held (SY_TIED: it names no captor); "No one has claimed responsibility for the kidnapping".
        # NBC News, its journalists, NTV, Gawker and the killed reporters are not parties (victims or reporters).
        # No mediator, no alliance, no accusation.
    ],
}
