"""Hand gold for part f of the test14 split (tests/corpus/test14/, index_f.json): two Wikinews articles, 2012 and 2015.

Written by an independent annotator by reading the articles under tests/gold/README.md, before any rule was scored
on them and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
files and build_gold.evidence refuses any that is not verbatim. Files read: tests/gold/README.md, tests/gold/test12_i.py,
the docstrings of test13_a.py, test12_j.py and heldout_a.py (and its GOLD items, for how the sides of a domestic
dispute are named), the helpers P, M, A, X of build_gold.py, check_part.py, the kind lists of
schemas/briefing.schema.json, tests/corpus/test12/index.json and README.md, and the titles and ids of every
tests/corpus/**/index*.json (the id rule was checked against them: the slug is cut to 60 characters and a dash left at
the cut is dropped, as in "...-crisis-between-venezuela-and").

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`), files amalgum/news/dep/AMALGUM_news_resignation.conllu and AMALGUM_news_pardon.conllu.
- resignation: find_files lists the path at commit c62d76acdf9e997362424821efb3e92094668a1d; read_file served commit
  16231153d3fdab7b314c374f43f2a194b5206c58 (with `# meta` lines and `# newpar` marks; 99,099 characters, 55 sentences,
  read to its end in seven pages). Title = meta::title and headline; url = meta::sourceURL; date = the dateline
  "Sunday, May 17, 2015" (meta::dateCreated says 2015-05-16, the day of the vote the article calls "yesterday").
  The compact amalgum/news/xml/AMALGUM_news_resignation.xml (commit ad33923d...) was read first, only to judge the
  article; the body comes from the .conllu `# text` lines.
- pardon: find_files lists the path at commit ad33923d67196f3fb8f716c80616036c0a111865; read_file served commit
  53af30995a77b7e386e2c13da4dfa34710f911ed (46,217 characters, 21 sentences, read to its end in three pages; the
  .xml version, commit c62d76ac..., was read first to judge it). Title = meta::title and headline; url =
  meta::sourceURL; date = the dateline "Wednesday, September 5, 2012" (meta::dateCreated says 2012-09-01).
The bodies were rebuilt from the `# text` lines: sentences joined by one space (no kept sentence of either file ends
with a token marked SpaceAfter=No), paragraphs as the `newpar = p` marks give them, separated by one blank line, one
final newline.
- resignation: paragraphs 3-5 | 6-14 | 15 | 16-21 | 25-30 | 31-40 | 41-45 | 46-48 | 49-52. Dropped: the headline
  (sentence 1, `newpar = head`), the dateline (sentence 2), the reader box "HAVE YOUR SAY" / "Did Jim Murphy make the
  right decision?" / "Add or view comments" (sentences 22-24, outside every paragraph mark), and the "Related
  articles" list (sentences 53-55: its heading and the two linked titles "UK Independence Party reject leader's
  resignation" and "Conservatives win majority in 2015 UK general election"). The picture of sentence 5 has no caption
  sentence. Kept as stored: "he did he did not want", curly apostrophes in "nation’s", "else’s", "party’s",
  "didn’t", "won’t", "doesn’t", "Labour’s", "haven’t", "It’s", "that’s" beside straight ones elsewhere, "[Murphy]",
  "dignity [...]", the em dashes around "its sixth in a span of eight years".
- pardon: paragraphs 5 | 6-8 | 9-10 | 11-12 | 13-15 | 16-19 | 20-21. Dropped: the headline (sentence 1), the dateline
  (sentence 2) and the photo caption with its credit (sentences 3-4, `newpar = figure | caption`: "Photo-collage from
  the '88—'94 Nagorno-Karabakh War" / "Image: Nicholas Babaian, Oleg Litvin, Jalpeyrie, Marshall Bagramyan.").
  Kept as stored: `head of state" .` (a space before the full stop), "in-response", "as-did", "eight-years of
  back-pay", "between them the two states", "The National Security Council", the en dash of "Armenian–Azerbaijani".

Region and year:
- Europe (Scotland, United Kingdom), May 2015: Scottish Labour leader Jim Murphy survives a no-confidence vote of his
  party's executive after the general-election rout and announces he will stand down; the Unite union (Len McCluskey)
  blamed Scottish Labour for the Conservative victory, and Murphy charges Unite's leadership with a campaign against
  him and "destructive behaviour".
- Europe and the Caucasus, September 2012: Hungary sends the convicted Azerbaijani axe-murderer Ramil Safarov home,
  Azerbaijan pardons and promotes him, Armenia calls it provocative, says it is "ready for war" and breaks ties with
  Hungary; Hungary summons Azerbaijan's ambassador over broken assurances.

Domain (doubt): the Murphy article is a domestic party dispute (a no-confidence vote, calls to resign, a leader and a
trade union charging each other), inside the brief's "political disputes with named sides who charge each other with
wrongdoing", but with no state, court or government among the sides; drop it if the split must hold disputes between
governments or institutions. The pardon article is a diplomatic row between three states with a frozen war behind it.

Same-article check: neither title nor url is in any tests/corpus/index.json, tests/corpus/*/index.json or
tests/corpus/test14/index_*.json (index_a to index_d held the Manafort sentence, the American Samoa ruling, Kelly v.
United States, two "On the campaign trail" round-ups and the youtube-dl takedown when this part was finished). No
earlier split holds an article on the 2015 Scottish Labour leadership or on Safarov; the Armenia-Azerbaijan articles
of the tuned set and of test12's campaign round-up are the 2020 war (another event); test6 "Turkey outraged over U.S.
Armenian genocide resolution" is another dispute.

How the slice was searched (36 look-ups of the 60 allowed: 22 find_files calls, exact paths and one listing, and 14 read_file pages of
the .conllu and .xml files). My letters are m-z. Both AMALGUM listings stop before my letters'
unused names (amalgum/news/dep at "catholic", amalgum_extra/news/dep at "sheffield", whose m-z names earlier parts
name), so headline words of the split's domain (legal and political disputes, not war) were guessed one at a time in
amalgum/news/dep, each first checked against the AMALGUM names under tests/corpus and against a list of every word of
the docstrings of tests/gold/test*_?.py and heldout_?.py. Most political words (protest, police, trial, verdict,
opposition, impeach-type words, leaders' names) are already named there as used or tried, so words free of that list
were tried first, then words the docstrings use only in prose (mayor, subpoena, supreme, votes, prison, senator,
resignation, as test12_i did).
- Kept: resignation ("Jim Murphy announces resignation as Scottish Labour Party leader", 2015) and pardon ("Release
  and pardon of killer jeopardises Armenia-Azerbaijan ceasefire", 2012), both read in full.
- Opened and left out (first page read): mayor ("Arrest made as mayor of Gdańsk, Poland stabbed on stage", 2019:
  already in dev-new); supreme ("Supreme Court of the United States contemplates same-sex marriage", 2013-03-26: a
  preview of two pending cases, no charges in the first page; not read further within the budget).
- Found and not opened: prison (test11_d and test11_g opened it: the Barlinnie murder case).
- A listing that gave nothing: amalgum/news with ext "txt" (no plain-text copy).
- Words tried that are not in amalgum/news/dep: rigging, recount, mps, sued, parliamentary, subpoena, votes, senator,
  overturns, sacked, petition, teargas, upheld, whistleblower, questioned.

Reading choices (doubts):
- Murphy article: the sides are named as the article names them (heldout_a.py): "Jim Murphy" is a person party, not
  folded into the Scottish Labour Party, because his own party's executive voted on confidence in him and its MSPs
  called for him to go; the Scottish Labour Party is the side McCluskey blames; Unite is the union whose general
  secretary (Len McCluskey) and Scotland leader (Pat Rafferty) speak for it. The Conservatives are only accused, not
  a side. ASLEF (called for Murphy to resign) and USDAW and Community (supported him) are not parties: one clause each;
  the two supporters are an alliance with Murphy.
- Pardon article: Safarov acted for no state in the 2004 murder, so the conviction is an accusation against him as a
  person (the Hungarian court's finding, as test14_a.py reads a court's sentence); the Hungarian "grave mistake" is a
  judgment of a decision (README), not a charge; the OSCE is a mediator for the ceasefire it brokered (background).

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Jim Murphy announces resignation as Scottish Labour Party leader (2015) -------------------------------------
JM_ANNOUNCED = (
    "Jim Murphy yesterday announced he intends to stand down as Scottish Labour Party leader next month, after "
    "narrowly surviving a no confidence vote."
)
JM_VOTE = (
    "At a meeting in the Scottish city Glasgow yesterday, the party's national executive held a vote of no "
    "confidence in Murphy; he won by 17 votes to 14."
)
JM_CALLS = (
    "Calls for Murphy to resign came from multiple quarters, including trade unions Unite and ASLEF, as well as Labour "
    "MSPs Alex Rowley and Elaine Smith."
)
JM_MCCLUSKEY = (
    "Earlier in the week, Unite general secretary Len McCluskey said \"the anti-Scottish card that was played by "
    "Lynton Crosby and the Conservatives\" had caused them to win a majority in the general election, before going on "
    "to say: \"I lay the blame for that very squarely at the feet of Scottish Labour."
)
JM_RESPONSIBLE = (
    "Not only have they lost Scotland but I think they've been responsible for making certain that the Conservatives "
    "were back in power in Westminster.\""
)
JM_SUPPORT = (
    "However, trade unions USDAW and Community were amongst those supporting Murphy's continued leadership."
)
JM_CAMPAIGN = (
    "Murphy singled out McCluskey for criticism, claiming to have \"been at the centre of a campaign by the London "
    "leadership of the Unite union in blaming myself and the Scottish Labour party for the defeat of the UK Labour "
    "party in the general election."
)
JM_INSULT = "That is a grotesque insult to the Scottish Labour party.\""
JM_DESTRUCTIVE = (
    "He went on to criticise what he called McCluskey's \"destructive behaviour\", commenting that: \"Whether in "
    "Scotland, or in the contest to come across the UK, we cannot have our leaders selected or deselected by the "
    "grudges and grievances of one prominent man."
)
JM_GRACE = (
    "The leader of the Scottish Labour Party doesn’t serve at the grace of Len McCluskey and the next leader of the UK "
    "Labour Party should not be picked by Len McCluskey.\""
)

# --- Release and pardon of killer jeopardises Armenia-Azerbaijan ceasefire (2012) --------------------------------
PD_READY = (
    "Following Hungary's release and repatriation of convicted Azeri axe-murderer Ramil Safarov, who Azerbaijan "
    "subsequently pardoned, Armenia announced it is \"ready for war\"."
)
PD_SENTENCE = (
    "The declaration is in-response to Safarov's pardon and promotion, despite the Azeri officer having been given a "
    "life sentence — with a minimum jail term of 30 years, by Hungarian authorities in 2006."
)
PD_GUILTY = (
    "Safarov was found guilty of the 2004 murder of Armenian officer Gurgen Margaryan in Budapest, when both Safarov "
    "and Margaryan were attending a NATO Partnership for Peace programme."
)
PD_WELCOME = (
    "On his return home, Safarov was met with a hero's welcome, given a pardon by president Ilham Aliyev, promoted to "
    "the rank of major, awarded eight-years of back-pay and given a house."
)
PD_PROVOCATIVE = (
    "Armenia sees these acts, when it was expected that Safarov would serve out his prison term in Azerbaijan, as "
    "highly provocative."
)
PD_SARKISIAN = (
    "Armenian President Serzh Sarkisian declared: \"We don't want a war, but if we have to, we will fight and win."
)
PD_KILLERS = "We are not afraid of killers, even if they enjoy the protection of the head of state\" ."
PD_OSCE = (
    "despite an Organization for Security and Co-operation in Europe brokered ceasefire, no final armistice has been "
    "signed and intermittent violence between them the two states continues."
)
PD_TIES = (
    "On Friday, The National Security Council of Armenia decided to break ties with Hungary during an emergency "
    "summit, describing the Hungarian actions as a \"grave mistake\"."
)
PD_SUMMONED = (
    "In turn, the Azeri ambassador was summoned by Hungary on Monday regarding the breach of Azeri assurances that "
    "Safarov would serve out the remainder of his sentence in Azerbaijan."
)

GOLD = {
    # Scotland, May 2015: Jim Murphy survives his executive's no-confidence vote and will stand down as Scottish Labour
    # leader; Unite's McCluskey had blamed Scottish Labour (and the Conservatives' "anti-Scottish card") for the
    # Conservative majority; Murphy answers with charges against Unite's leadership.
    "2015-05-17-jim-murphy-announces-resignation-as-scottish-labour-party-le": [
        # Doubt: a person party (see the docstring); a reading that folds him into the Scottish Labour Party (as its
        # leader speaking for it) is defensible.
        P("Jim Murphy", "person", JM_ANNOUNCED, JM_VOTE, JM_CAMPAIGN,
          aliases=["Murphy", "Jim", "Scottish Labour Party leader", "Scottish Labour leader"]),
        # The union whose leadership blamed Scottish Labour and called for Murphy to resign.
        P("Unite", "other", JM_CALLS, JM_MCCLUSKEY, JM_CAMPAIGN,
          aliases=["Unite the Union", "Unite union", "the Unite union", "Len McCluskey", "McCluskey",
                   "Unite general secretary Len McCluskey", "London leadership of the Unite union", "Pat Rafferty"]),
        # The party blamed by Unite; its national executive held the no-confidence vote (kind "other": the party
        # kinds have no political group).
        P("Scottish Labour Party", "other", JM_VOTE, JM_MCCLUSKEY,
          aliases=["Scottish Labour", "Scottish Labour party", "the party", "the party's national executive",
                   "national executive", "the Executive"]),
        # Two unions back Murphy's continued leadership. Doubt: one bloc item; two items (USDAW-Murphy,
        # Community-Murphy) are defensible.
        A(["USDAW", "Community", "Jim Murphy"], "political_support", JM_SUPPORT),
        # McCluskey (for Unite) charges the Conservatives with playing "the anti-Scottish card". Doubt: it explains
        # the election result and may be read as a judgment of a campaign rather than an allegation.
        X("Unite", "Conservatives", "the anti-Scottish card that was played by Lynton Crosby and the Conservatives",
          JM_MCCLUSKEY, speaker="Len McCluskey"),
        # McCluskey blames Scottish Labour for the Conservatives' return to power: one allegation said twice.
        X("Unite", "Scottish Labour Party",
          "I lay the blame for that very squarely at the feet of Scottish Labour; they've been responsible for making "
          "certain that the Conservatives were back in power in Westminster",
          JM_MCCLUSKEY, JM_RESPONSIBLE, speaker="Len McCluskey"),
        # Murphy charges Unite's London leadership with a campaign blaming him and his party ("a grotesque insult").
        X("Jim Murphy", "Unite",
          "a campaign by the London leadership of the Unite union in blaming myself and the Scottish Labour party for "
          "the defeat of the UK Labour party",
          JM_CAMPAIGN, JM_INSULT),
        # Murphy charges McCluskey (for Unite) with "destructive behaviour": picking or deselecting leaders out of
        # grudges. Doubt: a second allegation beside the campaign (read as two: the blame campaign, and the attempt to
        # choose leaders); it may be read as the same charge said twice.
        X("Jim Murphy", "Unite",
          "McCluskey's \"destructive behaviour\"; leaders selected or deselected by the grudges and grievances of one "
          "prominent man",
          JM_DESTRUCTIVE, JM_GRACE, JM_CAMPAIGN),
        # Not items: the executive's "vote of no confidence in Murphy" and the "Calls for Murphy to resign" from Unite,
        # ASLEF and MSPs Alex Rowley and Elaine Smith (acts and calls, no allegation); Murphy's "the small minority who
        # didn’t accept my election ... will continue to divide the party" (aimed at nobody the article names);
        # Patrick Harvie's (Scottish Green Party) "he promised to further weaken Labour’s relationship with the wider
        # labour movement" and "the party itself long ago strayed from its principles" (doubt: read as judgments of a
        # plan and of a party, not charges of wrongdoing); the praise of Sturgeon, Rennie, Harman, Davidson and
        # Rafferty ("Jim has done the decent thing"). No mediator. ASLEF, USDAW, Community, the SNP, the Scottish
        # Greens, the Liberal Democrats and the UK Labour Party are not parties (see the docstring); the Conservatives
        # are accused only.
    ],
    # Caucasus and Europe, 2012: Hungary returns the convicted axe-murderer Ramil Safarov to Azerbaijan, which pardons
    # and promotes him; Armenia calls it provocative, is "ready for war" and breaks ties with Hungary; Hungary summons
    # the Azerbaijani ambassador over broken assurances.
    "2012-09-05-release-and-pardon-of-killer-jeopardises-armenia-azerbaijan": [
        P("Armenia", "state", PD_READY, PD_PROVOCATIVE, PD_TIES,
          aliases=["Armenian", "Armenians", "Armenian President Serzh Sarkisian", "Serzh Sarkisian", "Sarkisian",
                   "The National Security Council of Armenia", "National Security Council of Armenia"]),
        P("Azerbaijan", "state", PD_READY, PD_WELCOME, PD_SUMMONED,
          aliases=["Azeri", "Azeris", "Azerbaijani", "president Ilham Aliyev", "Ilham Aliyev", "Aliyev",
                   "the Azeri ambassador"]),
        # Released Safarov; Armenia breaks ties with it; it summons Azerbaijan's ambassador.
        P("Hungary", "state", PD_READY, PD_TIES, PD_SUMMONED,
          aliases=["Hungarian", "Hungarian authorities", "Budapest"]),
        # Doubt: brokered the 1994 ceasefire the headline says is in jeopardy; background only, no talks now.
        M("Organization for Security and Co-operation in Europe", PD_OSCE),
        # Armenia (its president voicing it) charges Azerbaijan with the pardon, promotion and hero's welcome of a
        # killer: "highly provocative" acts, killers under "the protection of the head of state". One allegation said
        # twice. Doubt: "highly provocative" alone could be read as a judgment of a decision; Sarkisian's sentence
        # names no state (PD_PROVOCATIVE and PD_WELCOME tie it to Azerbaijan and its president).
        X("Armenia", "Azerbaijan",
          "these acts ... highly provocative; killers, even if they enjoy the protection of the head of state",
          PD_PROVOCATIVE, PD_WELCOME, PD_SARKISIAN, PD_KILLERS, speaker="Serzh Sarkisian"),
        # Hungary summons the Azerbaijani ambassador over broken assurances.
        X("Hungary", "Azerbaijan",
          "the breach of Azeri assurances that Safarov would serve out the remainder of his sentence in Azerbaijan",
          PD_SUMMONED),
        # The Hungarian court's finding: Safarov murdered Margaryan. Doubt: "was found guilty" is passive; the
        # sentence "by Hungarian authorities" in the sentence before names the accuser (as test14_a.py reads a court's
        # sentence); Safarov is a person acting for no state in the murder.
        X("Hungary", "Ramil Safarov", "the 2004 murder of Armenian officer Gurgen Margaryan",
          PD_SENTENCE, PD_GUILTY),
        # Not items: Armenia's "grave mistake" about the Hungarian actions (a judgment of a decision, README); "ready
        # for war" and "we will fight and win" (threats); "the attack allegedly stemming from a desire to avenge
        # Azeris ... and being mocked by Margaryan" (passive, no accuser); Aliyev's stated "willingness to resort to
        # force" (the article's own report); Armenia breaking ties with Hungary and Hungary summoning the ambassador
        # (acts; the summons carries the breach allegation above). No alliance: Hungary's repatriation of Safarov is
        # no tie with Azerbaijan. Ramil Safarov, Gurgen Margaryan, Nagorno-Karabakh, NATO and the Soviet Union are not
        # parties.
    ],
}
