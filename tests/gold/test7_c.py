"""Hand gold for part c of the test7 split (tests/corpus/test7/, index_c.json): four Wikinews articles, 2005-2008.

Written by an independent annotator (part c) by reading each article under tests/gold/README.md, before any rule
was scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{releases,pledges,meets,rejects}.conllu). Stored version read:
commit 735dbbd74f167b4a95026527271fba0893b76d57 for all four (the index lists the files at commits ad33923d / c62d76ac;
the text served is 735dbbd7's). That version has no `# meta` lines and no `# newpar` marks, so each body is one
paragraph, the address is built from the headline (https://en.wikinews.org/wiki/<Title_with_underscores>, ' as %27)
and the date is the dateline (releases 2005-04-02, pledges 2007-11-06, meets 2008-04-16, rejects 2008-07-02); titles
are the headlines. The body was rebuilt from the `# text` lines: headline and dateline dropped; sentences joined by one
space, none where the sentence's last token has SpaceAfter=No (rejects: `...one other mediator. "` + `If this does not
happen,"...`; pledges: the lone `"` sentence before `The problem is, ...`; releases: `...around the world.` + the lone
`"` sentence); a final newline. No image captions in these four. Pull-quote boxes: in meets, the two boxes that repeat
the body were left out (sentence 25-26 `Since Syria and Hamas will have to be involved in a final peace agreement, ...`
/ `—Jimmy Carter`, and sentence 28 `Jimmy Carter's view of the forces at work ... —U.S. Rep. Howard Berman,
Chairperson, Committee on Foreign Affairs`; both are quoted again in the body). In pledges, the two quote boxes
(`“ We talked about the need to have better intelligence-sharing. ... ” — George W. Bush` and `“ There is a lot of
difficulty in the region in general. ... ” — Recep Tayyip Erdoğan`) were KEPT: they do not repeat the body and say
things the body does not; they stand where the corpus has them, with their spacing (`“ We`, `. ” —`). Characters are
otherwise as stored, typos kept ("Erdogan" beside "Erdoğan", "The Chinese response, was released", "our number man").

Regions and years: East Asia / US (the 2005 China-US human-rights report dispute), Turkey / Iraq / US (the 2007
Turkey-PKK crisis), Israel / Hamas / US (Jimmy Carter's 2008 meetings with Hamas), southern Africa (Zimbabwe's 2008
post-run-off talks and SADC mediation).

How the slice was searched: find_files lists only the first 100 files of amalgum/news/dep (a-c), so m-r files were
looked up by exact path, one guessed word at a time (about 60 guesses; 4 hits, all headline verbs). The budget of
about 60 look-ups was overrun (about 86 in all, reads included) because the hit rate was low; no further words were
tried after these four were found. Considered and left out:
- rejects was kept although the 2008 Zimbabwe election crisis is already in test4 (AMALGUM_news_zimbabwe, June 14,
  "Mugabe is 'prepared to fight'") and earlier parts left out mugabe and tsvangirai for that reason: it is a later
  stage (power-sharing talks after the June 27 run-off) and the only article of the slice found with a mediator
  appointed by a regional body. Drop it if the split must not repeat a crisis.
- Words tried and not in the folder: north, pyongyang, rwanda, peacekeepers, rocket(s), minister, moscow, medvedev,
  offensive, mogadishu, nations, officials, prisoners, regime, massacre, negotiations, mubarak, navy, maliki, mladic,
  palestinians, protesters, macedonia, nicaragua, mauritania, qatar, occupation, ransom, plot, militant, rebel,
  mediator, retaliation, mosul, peshawar, quetta, ramallah, rwandan, president, riots, peacekeeping, northern,
  nasrallah, nepalese, mexican, pkk, odinga, mahdi, poroshenko, refuses, resumes, recalls, recognizes, orders.
- The words the brief excludes (mercenary, pentagon, lords, reuters, obama, morocco, mexico, poland, mugabe,
  opposition, russian, pakistan, pakistani, qaeda, mali, nuclear, refugees, protest, morsi, muslim, nigerian, ossetia,
  palestinian, putin, raid, rebels, resolution) were not opened.

Doubts are marked "Doubt:" at the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- China releases 'Human rights report' on U.S. (2005) -------------------------------------------------------
CN_RESPONSE = (
    "In response to the United States Department of State issuing its annual Country Reports on Human Rights "
    "Practices, China has issued a contradictory report highlighting human rights abuses in the US, The Human Rights "
    "Record of the United States in 2004."
)
CN_SIX_YEARS = (
    "For the past six years, the People's Republic of China has issued an annual statement on human rights in the US "
    "in response to the annual report on China."
)
CN_LIU = (
    "\"Only the Chinese people themselves have the right to comment on the human rights situation in their own "
    "country,\" said Liu Jianchao, spokesman for the Chinese Foreign Ministry."
)
CN_STATE_DEPT = (
    "The US State Department, beginning in 1977, issues annual country reviews of its perceptions of the rights "
    "records of individual nations, based on the Universal Declaration of Human Rights."
)
CN_CRITICISM = (
    "The current report for 2004, released on February 28, 2005, contains candid assessments and detailed criticism "
    "of the human rights records of 192 countries, including China."
)
CN_BIASED = (
    "Amnesty International, the international 'watch-dog organization' for human rights, has however criticized "
    "this paper as being biased, because it is made by a government which itself is violating human rights on many "
    "sectors."
)
CN_SHORTCOMINGS = (
    "In this report, the Chinese government attempts to deflect criticism of itself by drawing attention to the "
    "various publicly documented shortcomings within US society, including statistics on crime, violent death, "
    "imprisonment, poverty, rape, child abuse, and racial and sexual discrimination that are an acknowledged and "
    "publicly documented part of life in the US."
)
CN_AMNESTY_AGREES = (
    "Amnesty International's 2004 annual report on US human rights in 2003 agrees with many of these claims."
)
CN_WORRIED = (
    "Amnesty is also worried about: severe violations committed by the United States' army outside the countries' "
    "borders; the situation of the prisoners in Guantanamo Bay; United States' general misbehaviour against "
    "international peace; ill-treatment of US immigrants; ill-treatment and excessive use of force by the US law "
    "enforcement officials; the US citizens losing civil rights and liberties after the 9/11 attacks; and continued "
    "use of death penalty by the state, which is in direct breach with the 3rd article of the United Nations' "
    "Universal Declaration of Human Rights (the right to life)."
)
CN_TRADE = (
    "Even as both sides trade accusations, the US on March 18, 2005, declined to table a resolution at the UN "
    "criticizing China, citing the ongoing improvements that are being made in that country."
)

# --- Bush pledges support for Turkey after meeting with PM (2007) -----------------------------------------------
TK_VISIT = (
    "On Monday, the Prime Minister of Turkey, Recep Tayyip Erdoğan paid an official state visit to the United States."
)
TK_CONCERNED = (
    "Turkey is concerned about attacks by the Kurdistan Workers Party (PKK) that originate from within the borders "
    "of Iraq."
)
TK_CLASHES = "There have been cross-border clashes between Turkey and the PKK."
TK_ENEMY = (
    "After the meeting, Bush said of the PKK that \"they are an enemy of Turkey, they are an enemy of Iraq, and they "
    "are an enemy of the United States.\""
)
TK_TALKS = (
    "During his visit, he met with President George W. Bush in the White House for talks that centered on the "
    "Turkey-PKK conflict and the Iraq War."
)
TK_INTELLIGENCE = (
    "He pledged additional intelligence to help Turkey, an offer that was also made by Secretary of State Condoleezza "
    "Rice last week, during her Middle East tour."
)
TK_MUTUAL = "Bush further offered mutual military assistance with both Turkey and Iraq to fight the PKK."
TK_AUTHORIZED = (
    "Erdogan mentioned during the post-meeting news conference that the Grand National Assembly of Turkey has already "
    "authorized military action in Iraq."
)
TK_PARTNERS = (
    "And I believe that it falls to us, it's a responsibility for us as strategic partners to work to ensure that we "
    "overcome these difficulties and solve them."
)

# --- Former US president Carter meets with former deputy-PM for Hamas (2008) ------------------------------------
CA_MET = "Former President of the United States, Jimmy Carter met with Nasser al-Shaer on Tuesday."
CA_MEMBER = "He is considered a high-ranking member of Hamas."
CA_BROKERING = (
    "Shaer told Reuters that he and Carter had a face-to-face meeting and that they discussed brokering an unofficial "
    "truce between Israel and Palestinian militants in the Gaza Strip."
)
CA_SEIZED = "Hamas seized control of the Gaza Strip in June of 2007."
CA_DISAPPROVAL = "U.S. and Israeli officials have both expressed disapproval of Carter's visit."
CA_MARGINALIZE = (
    "Both countries have sought to marginalize Hamas, while they try to negotiate a peace with Mahmoud Abbas, the "
    "Prime Minister of the Palestinian National Authority who hails from the Fatah party."
)
CA_UNDERMINING = (
    "Carter \"in effect is undermining a current policy which is not just American but held by many others,\" said "
    "U.S. Representative Howard Berman to the Associated Press."
)
CA_MASHAL = (
    "Friday, Carter is scheduled to meet in Damascus, Syria with Khaled Mashal, who is considered the political leader "
    "of Hamas and is the head of its Syrian branch."
)
CA_PALMOR = (
    "Yigal Palmor, an official with the Israeli Foreign Ministry said, \"The official Hamas position until this day is "
    "that it won't negotiate with Israel or recognize it under any circumstance ..."
)
CA_DIGNIFIED = (
    "Jimmy Carter has dignified this position with his presence, and one cannot but wonder how this attitude is "
    "supposed to promote peace and understanding.\""
)
CA_FINAL_PEACE = (
    "\"Since Syria and Hamas will have to be involved in a final peace agreement, they have to be involved in "
    "discussions that lead to final peace,\" Jimmy Carter told reporters in Ramallah."
)

# --- Zimbabwean opposition leader rejects calls for power sharing talks (2008) ----------------------------------
ZW_TSVANGIRAI = (
    "Morgan Tsvangirai, leader of the Zimbabwean opposition party Movement for Democratic Change (MDC), says he will "
    "not participate in power sharing negotiations with President Robert Mugabe, who was widely accused of using "
    "violence and intimidation to win Sunday's run-off election."
)
ZW_MEDIATOR = (
    "The opposition leader, Mugabe's only rival in the election before dropping out due to fears of violence, cited "
    "South African President Thabo Mbeki's role as mediator in the conflict, as appointed by the Southern African "
    "Development Community (SADC)."
)
ZW_CRITICIZED = (
    "Tsvangirai has often criticized Mbeki for failing to publicly condemn Robert Mugabe, and has repeatedly called "
    "for him to step down."
)
ZW_OTHER_MEDIATOR = (
    "Tsvangirai says that \"no meaningful progress can be made toward resolving the Zimbabwe crisis\" if the SADC or "
    "the African Union does not appoint at least one other mediator."
)
ZW_ZANU = (
    "He added, \"If dialogue is to be initiated, it is essential that ZANU-PF stops the violence, halts the "
    "persecution of MDC leaders and supporters.\""
)
ZW_KILLED = (
    "The MDC says that 9 of its supporters have been killed by the state since the run-off, bringing the death toll "
    "up to at least 95."
)
ZW_GOVERNMENT = (
    "While the opposition rejected the idea of discussion, the Zimbabwe government called it a \"welcome "
    "resolution\", as stated by Information Minister Sikhanyiso Ndlovu."
)
ZW_EU_AGREES = "The European Union agrees with Tsvangirai on this point."
ZW_CLANCY = (
    "Taking into account the March 29 vote, EU spokesman John Clancy says, \"it's clear that [Tsvangirai] should be a "
    "leading member of that government as its potential prime minister or the head of government to ensure that "
    "certain reforms can take place.\""
)

GOLD = {
    # China and the United States trade human-rights reports; Amnesty International criticises the US.
    "2005-04-02-china-releases-human-rights-report-on-u-s": [
        P("China", "state", CN_RESPONSE, CN_SIX_YEARS,
          aliases=["People's Republic of China", "Chinese", "Chinese government", "Chinese Foreign Ministry",
                   "Liu Jianchao"]),
        P("United States", "state", CN_RESPONSE, CN_STATE_DEPT,
          aliases=["US", "U.S.", "United States Department of State", "US State Department", "America",
                   "United States' army"]),
        # China's report: the abuses (CN_RESPONSE) and the shortcomings it lists (CN_SHORTCOMINGS) are one
        # allegation, the report's content, said twice.
        X("China", "United States",
          "human rights abuses in the US; shortcomings within US society, including crime, violent death, "
          "imprisonment, poverty, rape, child abuse, and racial and sexual discrimination",
          CN_RESPONSE, CN_SHORTCOMINGS),
        # The State Department's report criticises China's rights record (CN_STATE_DEPT names the issuer of "the
        # current report for 2004").
        X("United States", "China", "detailed criticism of the human rights records of 192 countries, including China",
          CN_STATE_DEPT, CN_CRITICISM, speaker="United States Department of State"),
        # Doubt: "this paper" read as the State Department report of the sentence before, so "a government which
        # itself is violating human rights" is the US government.
        X("Amnesty International", "United States", "a government which itself is violating human rights on many sectors",
          CN_STATE_DEPT, CN_CRITICISM, CN_BIASED),
        # Amnesty's list: one item per allegation that names a wrongdoer. CN_AMNESTY_AGREES is not repeated here.
        X("Amnesty International", "United States", "severe violations committed by the United States' army outside the countries' borders",
          CN_WORRIED),
        X("Amnesty International", "United States", "United States' general misbehaviour against international peace",
          CN_WORRIED),
        X("Amnesty International", "United States", "ill-treatment of US immigrants", CN_WORRIED),
        X("Amnesty International", "United States",
          "ill-treatment and excessive use of force by the US law enforcement officials", CN_WORRIED),
        X("Amnesty International", "United States",
          "continued use of death penalty by the state, in direct breach with the 3rd article of the Universal "
          "Declaration of Human Rights", CN_WORRIED),
        # Not items: "the situation of the prisoners in Guantanamo Bay" and "the US citizens losing civil rights and
        # liberties after the 9/11 attacks" (worries that name no wrongdoer); Liu Jianchao's "Only the Chinese people
        # themselves have the right to comment" (a rebuttal, no allegation); "the Chinese government attempts to
        # deflect criticism" (Wikinews' own reading); Peter Edidin's "a frank indictment ... approaches caricature"
        # (a newspaper's comment); "both sides trade accusations" (CN_TRADE: the article's summary of the two items
        # above); the US declining to table a UN resolution criticising China (no claim). Amnesty is an accuser, not
        # a party; no alliance or mediator in the article.
    ],
    # Turkey and the PKK; the United States pledges intelligence and military help after Erdoğan's visit.
    "2007-11-06-bush-pledges-support-for-turkey-after-meeting-with-pm": [
        P("Turkey", "state", TK_CONCERNED, TK_CLASHES,
          aliases=["Prime Minister of Turkey", "Recep Tayyip Erdoğan", "Erdoğan", "Erdogan",
                   "Grand National Assembly of Turkey", "Ali Babacan"]),
        P("Kurdistan Workers Party", "armed_group", TK_CONCERNED, TK_CLASHES, aliases=["PKK"]),
        # Doubt on the kind: intelligence pledged (TK_INTELLIGENCE) and military assistance offered (TK_MUTUAL), read
        # as one standing tie of military support; Erdoğan's "strategic partners" (TK_PARTNERS, in his quote box) is
        # the same tie but names neither state, so it is not quoted.
        A(["United States", "Turkey"], "military_support", TK_INTELLIGENCE, TK_MUTUAL, TK_VISIT),
        # Doubt: the offer of "mutual military assistance with both Turkey and Iraq" also ties Iraq to the US.
        A(["United States", "Iraq"], "military_support", TK_MUTUAL),
        # Labelling the PKK an enemy of three states, read as the accusation "terrorist" is.
        X("United States", "Kurdistan Workers Party",
          "they are an enemy of Turkey, they are an enemy of Iraq, and they are an enemy of the United States",
          TK_ENEMY, TK_TALKS, speaker="George W. Bush"),
        # Doubt: the article gives Turkey's concern as Turkey's own position, so Turkey is the accuser.
        X("Turkey", "Kurdistan Workers Party", "attacks that originate from within the borders of Iraq", TK_CONCERNED),
        # Not items: "The PKK has been listed as a terrorist organization by a number of countries and organizations"
        # (no accuser named); Bush's "people who murder people" in his quote box (names nobody); Babacan's "words have
        # been exhausted" and Aliriza's "kick this can down the road" (judgments; Aliriza is a think-tank observer);
        # Turkey's threatened incursion and its parliament's authorisation of military action in Iraq (threats, no
        # allegation). Not parties: the United States (an ally that pledges help, read as the alliance) and Iraq (the
        # ground the PKK attacks from and the threatened incursion would enter; it is named an enemy of the PKK, not
        # a side against Turkey). No mediator.
    ],
    # Israel / Hamas: former US president Jimmy Carter meets Hamas leaders against US and Israeli policy.
    "2008-04-16-former-us-president-carter-meets-with-former-deputy-pm-for-h": [
        P("Hamas", "armed_group", CA_MEMBER, CA_SEIZED, CA_MARGINALIZE,
          aliases=["Palestinian militants", "Nasser al-Shaer", "Shaer", "Khaled Mashal", "Mashal"]),
        P("Israel", "state", CA_BROKERING, CA_MARGINALIZE,
          aliases=["Israeli", "Israeli officials", "Israeli Foreign Ministry", "Yigal Palmor", "Shimon Peres",
                   "Israeli President Shimon Peres", "Ehud Olmert"]),
        # Doubt: the US is read as a side because it acts with Israel to "marginalize Hamas" (not only comments).
        P("United States", "state", CA_DISAPPROVAL, CA_MARGINALIZE,
          aliases=["U.S.", "American", "U.S. officials", "Howard Berman", "U.S. Representative Howard Berman",
                   "Berman"]),
        # Carter acts for no state here (the US disapproves of his visit): a person mediator.
        M("Jimmy Carter", CA_MET, CA_BROKERING),
        A(["United States", "Israel"], "political_support", CA_DISAPPROVAL, CA_MARGINALIZE),
        # Berman chairs the House Committee on Foreign Affairs: read as the United States, like the committee in
        # test6's genocide-resolution article.
        X("United States", "Jimmy Carter", "in effect is undermining a current policy which is not just American",
          CA_UNDERMINING, speaker="Howard Berman"),
        # Doubt: lending Hamas's position legitimacy read as an allegation against Carter, not a bare judgment.
        X("Israel", "Jimmy Carter", "has dignified this position with his presence",
          CA_PALMOR, CA_DIGNIFIED, speaker="Yigal Palmor"),
        # Not items: Palmor's "The official Hamas position ... is that it won't negotiate with Israel or recognize it"
        # (a statement of Hamas's declared position, which Hamas does not dispute; used as evidence above); Berman's
        # "so warped to my way of thinking" (a judgment of Carter's views); Peres "criticized the planned meeting"
        # and "disapproval" / "counterproductive" (judgments of a decision); Israel denying Carter's visit to Gaza (a
        # refusal, no claim). Not a party: the Palestinian National Authority / Fatah (the US and Israel's negotiating
        # partner, background). No alliance for Syria and Hamas: CA_MASHAL and CA_FINAL_PEACE name a Syrian branch
        # and Carter's view, not a tie.
    ],
    # Zimbabwe after the 2008 run-off: the MDC refuses talks under Mbeki's SADC mediation alone.
    "2008-07-02-zimbabwean-opposition-leader-rejects-calls-for-power-sharing": [
        # No party kind fits a political party better than "other".
        P("Movement for Democratic Change", "other", ZW_TSVANGIRAI, ZW_KILLED,
          aliases=["MDC", "Zimbabwean opposition party", "the opposition", "Morgan Tsvangirai", "Tsvangirai",
                   "opposition leader Morgan Tsvangirai"]),
        P("Zimbabwe", "state", ZW_TSVANGIRAI, ZW_GOVERNMENT,
          aliases=["Zimbabwe government", "Government", "the state", "Mugabe's government", "President Robert Mugabe",
                   "Robert Mugabe", "Mugabe", "Sikhanyiso Ndlovu"]),
        # Doubt: ZANU-PF kept apart from the state, as the article never ties it to Mugabe's government.
        P("ZANU-PF", "other", ZW_ZANU),
        # Mbeki is South Africa's president acting as the mediator SADC appointed.
        M("South Africa", ZW_MEDIATOR),
        # Doubt: SADC appointed the mediator and is asked to appoint another; read as the mediation format.
        M("Southern African Development Community", ZW_MEDIATOR, ZW_OTHER_MEDIATOR, members=["South Africa"]),
        A(["European Union", "Movement for Democratic Change"], "political_support", ZW_EU_AGREES, ZW_CLANCY),
        X("Movement for Democratic Change", "Zimbabwe", "9 of its supporters have been killed by the state since the run-off",
          ZW_KILLED),
        # Doubt: a demand that presupposes the wrong ("stops the violence, halts the persecution") read as an
        # accusation; "He" is Tsvangirai (ZW_TSVANGIRAI).
        X("Movement for Democratic Change", "ZANU-PF", "the violence, the persecution of MDC leaders and supporters",
          ZW_ZANU, ZW_TSVANGIRAI, speaker="Morgan Tsvangirai"),
        # Doubt: a charge of partiality against the mediator, read as an accusation rather than a judgment.
        X("Movement for Democratic Change", "South Africa", "failing to publicly condemn Robert Mugabe",
          ZW_CRITICIZED, ZW_MEDIATOR, speaker="Morgan Tsvangirai"),
        # Not items: Mugabe "was widely accused of using violence and intimidation" (passive, no accuser); Ndlovu's
        # "dialogue concocted by the West" (aimed at no actor the article names); the EU "placing pressure on the
        # African Union to take strong measures against Mugabe's government" (pressure, no allegation). Not a
        # mediator: the African Union (its summit and statement only call for dialogue; Tsvangirai asks it to
        # appoint a mediator, which it has not). Not a party: the European Union (it backs the MDC: the alliance).
    ],
}
