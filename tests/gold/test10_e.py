"""Hand gold for part e of the test10 split (tests/corpus/test10/, index_e.json): one Wikinews article, 2012.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum_extra/news/dep/AMALGUM_news_taylor.conllu), stored version read at commit
2dcbcbeffb9192941645e52ba0635469ed8bb91b, all four pages, to the end of the file (38 sentences; untokenised
`# text` lines, no `# meta` lines and no `# newpar` marks, so the body is one paragraph). The body was rebuilt from
the `# text` lines, sentences joined by one space (every sentence's last token is followed by a space in the
corpus). Dropped: the headline ("Liberian ex-President Charles Taylor convicted in war crimes trial"), the dateline
("Thursday, April 26, 2012"), the image caption "A school destroyed by RUF rebels." and its credit "Image: Laura
Lartigue.", and the section heading "Western celebrities" (a sentence of its own before the Campbell and Farrow
sentences). Characters are otherwise as stored, typos kept ("Nelson Mandella", "Presldent", "Nuremburg", "where
Foreign Office has promised"). Date from the dateline; title the headline; url the Wikinews title.

Region and year: West Africa (the Special Court for Sierra Leone convicts Liberia's former president Charles Taylor
of aiding and abetting war crimes of the Sierra Leone civil war, 1991-2002, through his backing of the RUF rebels;
April 2012). No earlier split has Sierra Leone, Liberia or Taylor (tests/corpus/*/index.json, and the other test10
index files as they stood when this part was checked).

How the slice (t-z) was searched: about 68 look-ups, listings, reads and the four pages of the kept file included.
The amalgum/news/dep listing stops in the c-words and the amalgum_extra/news/dep listing at "sheffield" (123 files,
100 shown), and no public file list names other t-z news files than those earlier parts name, so names were looked
up by exact path, one guessed word at a time.
- Kept: taylor (amalgum_extra). Only one article: the brief asks for two or three, and no second in-domain t-z
  article was found within the look-up budget. Doubt: the split may want to drop a part of one article, or the
  article itself, which is a war-crimes verdict (a court against a former head of state) rather than a dispute
  between states or armed groups; it is in the domain by its war (the RUF, Taylor's backing, Libya's training).
- Opened and left out: ukrainian (amalgum_extra, "Four arrested after building spire in Moscow painted in Ukrainian
  colors", 2014-08-22; first page only): a vandalism arrest, no dispute between states or groups. Its word (and
  sudanese, not stored in amalgum_extra) is named as tried in test7_d's docstring for amalgum/news/dep; I looked
  both up in amalgum_extra before I noticed, and used neither.
- Not stored in amalgum/news/dep: tibetan, taylor, warplanes, yushchenko, vietnam, ugandan, torpedo, trawler,
  uzbek, thaksin, warlords, warrant, zone, toll, tutsi, territory, yemeni, tells, wins, tunnels, villagers,
  warheads, tribesmen, victims, tanks, timor, veto, territorial, zionist, tuareg, tikrit.
- Not stored in amalgum_extra/news/dep: tibetan, uighur, sudanese, thaksin, yanukovych, tillerson, talabani,
  zenawi, tymoshenko, veto, timor, westgate, tahrir, woolwich, volgograd, toulouse, yemenis, tikrit, timbuktu,
  yazidi, tobruk.
- The words the brief excludes and every word earlier parts' docstrings name as used, considered or tried were not
  looked up otherwise.

Reading choices: Charles Taylor is read as a person, not as Liberia. The charges are his own criminal charges, and
the article ties his backing of the RUF to him as "a warlord since the '80s", before he was president (1997-2003).
Doubt: test8_e read the ICC warrant against Sudan's sitting president al-Bashir as a charge against Sudan. By that
precedent the accused here would be Liberia. The court is a party, as the courts of the test3 and heldout splits
are when their ruling is the article's event. Its kind is international_organisation: it was formed jointly by
Sierra Leone and the United Nations. Doubt: those splits used government_body for national courts.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- The Special Court for Sierra Leone convicts Charles Taylor (2012) ------------------------------------
TA_LEAD = (
    "Former President of Liberia Charles Taylor was today found guilty of aiding and abetting war crimes by the "
    "Special Court for Sierra Leone in The Hague, Netherlands."
)
TA_CIVIL_WAR = "The allegations date to civil war in Sierra Leone, which ran from 1991 to 2002."
TA_BACKED = "Taylor, who had been a warlord since the '80s, backed the rebel Revolutionary United Front (RUF)."
TA_LIBYA = (
    "Taylor, who had been facing a rebellion against him since 1999 in Liberia, had received training from Libyan "
    "ruler Colonel Muammar Gaddafi's regime."
)
TA_HAND = "One described asking RUF rebels to sever his only hand in exchange for his young son's life."
TA_SEIZURE = "Taylor is claimed to have ordered seizure of Sierra Leone's diamond deposits by RUF soldiers."
TA_GUILTY = "The court, which has spent a year considering its verdicts, unanimously found Taylor guilty."
TA_RULED = (
    "It ruled Taylor knew at least from 1997 the full extent of RUF activities in Sierra Leone, and that he helped "
    "bankroll activities dealing in blood diamonds."
)
TA_JUDGE = "A judge said more than a thousand youngsters had 'RUF' carved into their skin to prevent escape."
TA_FORMED = (
    "The Special Court was formed jointly by Sierra Leone's present administration and the United Nations."
)

GOLD = {
    # The Special Court for Sierra Leone finds Liberia's former president Charles Taylor guilty of aiding and
    # abetting war crimes in Sierra Leone's civil war (his backing of the RUF, blood diamonds); testimony at the
    # trial, the first conviction of a head of state by an international court since Nuremberg, and where he will
    # be imprisoned.
    "2012-04-26-liberian-ex-president-charles-taylor-convicted-in-war-crimes": [
        # Doubt: a person, not Liberia (see the docstring).
        P("Charles Taylor", "person", TA_LEAD, TA_BACKED,
          aliases=["Taylor", "Former President of Liberia Charles Taylor"]),
        # Doubt: "Taylor-backed fighters" read as the RUF (the fighters Taylor backed in the article).
        P("Revolutionary United Front", "armed_group", TA_BACKED, TA_HAND,
          aliases=["RUF", "rebel Revolutionary United Front", "RUF rebels", "RUF soldiers",
                   "Taylor-backed fighters"]),
        # Doubt: the court that convicts, read as a party as the courts of the test3 and heldout splits are.
        P("Special Court for Sierra Leone", "international_organisation", TA_LEAD, TA_GUILTY,
          aliases=["Special Court", "The court", "an international court"]),
        # Doubt: the article never says the RUF fought Sierra Leone's government; read as the targeted side (the
        # civil war in Sierra Leone, its diamond deposits seized by RUF soldiers).
        P("Sierra Leone", "state", TA_CIVIL_WAR, TA_SEIZURE,
          aliases=["Sierra Leone's present administration"]),
        A(["Charles Taylor", "Revolutionary United Front"], "military_support", TA_BACKED),
        # Doubt: training given to Taylor by Gaddafi's regime, read as Libya's military support. It is a past
        # tie, but the article does not call it a former tie.
        A(["Libya", "Charles Taylor"], "military_support", TA_LIBYA),
        # Doubt: the joint founding of the court read as a standing tie of the two (a bloc acting together).
        A(["Sierra Leone", "United Nations"], "other", TA_FORMED),
        # The verdict, said twice (the lead and "unanimously found Taylor guilty"): one item.
        X("Special Court for Sierra Leone", "Charles Taylor", "aiding and abetting war crimes",
          TA_LEAD, TA_GUILTY),
        # Two further findings of the ruling: two items.
        # Doubt: knowledge of the RUF's activities is a finding of culpability rather than a deed; kept as an
        # allegation of its own.
        X("Special Court for Sierra Leone", "Charles Taylor",
          "Taylor knew at least from 1997 the full extent of RUF activities in Sierra Leone",
          TA_LEAD, TA_GUILTY, TA_RULED),
        X("Special Court for Sierra Leone", "Charles Taylor", "he helped bankroll activities dealing in blood diamonds",
          TA_LEAD, TA_GUILTY, TA_RULED),
        # Doubt: a judge of the court (the article does not say which court, but no other court is trying anyone
        # here); the RUF is named only by the word carved into the children's skin.
        X("Special Court for Sierra Leone", "Revolutionary United Front",
          "more than a thousand youngsters had 'RUF' carved into their skin to prevent escape",
          TA_LEAD, TA_JUDGE, speaker="a judge"),
        # Not items:
        # - Charges with no named accuser (passive forms or unnamed witnesses): the indictment's "allegations of
        #   rape, murder, sexual slavery, cannibalism, arms dealing, "blood" diamond trade, and use of child
        #   soldiers" (doubt: an indictment is the prosecution's charge, but the article names no prosecutor);
        #   "Testimony included claims that Taylor-backed fighters adorned roads with human intestines and ate
        #   human flesh"; "One claimed to have seen Taylor himself eat human liver" (unnamed, and denied); the
        #   witness who asked "RUF rebels to sever his only hand" (an account, no named accuser); "Further
        #   allegations said ..."; "Taylor is claimed to have ordered seizure ..."; "It was claimed in court that
        #   child soldiers were used ..."; "Allegations of forced amputation were made."
        # - "Campbell and Farrow said Taylor gifted Campbell a number of diamonds" (doubt: testimony in a blood-diamond
        #   trial, but a gift is not said to be wrong).
        # - Taylor's acquittal of ordering the offences, his claim to be a peacemaker, and his denial.
        # - The rebellion Taylor faced in Liberia from 1999 (another war; its rebels are not named), his ousting by
        #   an arrest warrant (issuer not named) and his arrest in Nigeria.
        # - Human Rights Watch and Amnesty International welcoming the verdict (comment from afar; doubt: could be
        #   read as declared support for the court). The Netherlands hosting the trial and the United Kingdom
        #   promising to imprison Taylor are not read as parties, mediators or ties (doubt: the UK's promise could be
        #   read as support for the court). Dönitz, Milosevic and Gbagbo are background. No mediator.
    ],
}
