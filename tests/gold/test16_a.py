"""Hand gold for part a of the test16 split (tests/corpus/test16/, index_a.json): one Wikinews article, 2010.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim. Files read: tests/gold/README.md, the helpers P, M, A,
X and `evidence` of tests/gold/build_gold.py, tests/gold/check_part.py, the kind lists of
schemas/briefing.schema.json, the docstrings and a few items of tests/gold/test15_e.py and test15_a.py, the opening
of heldout_a.py, tests/corpus/test15/README.md and index.json, and (for the same-article check) the titles, dates and
sources of every tests/corpus/index.json and tests/corpus/*/index*.json (test16/index_c.json and index_d.json included).

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum_extra/news/dep/AMALGUM_news_mogadishu.conllu). find_files listed the path at commit
96427544e4c2efb1b02d8e1386fea85e8b46a957; read_file served the stored version at commit
1ba9b6e9ec991badaf45e12d452cb40b124e6983 (85,911 characters, 63 sentences, read to its end in six pages). That
version has no `# meta` lines and no `# newpar` marks (the version at 96427544, first page read, is an older
tokenised one with spaces before punctuation and no meta lines either), so: title = the headline (sentence 1, "At
least twelve die in Mogadishu attacks"); date = the dateline (sentence 2, "Saturday, January 30, 2010"); url = the
Wikinews address of the title (not stored in the version read); the body is one paragraph.
The body was rebuilt from the `# text` lines of sentences 4 to 19 and 23 to 63, in order, joined by one space, except
that sentence 19 (a lone closing quotation mark) is joined to sentence 18 with no space (the last token of sentence
18 is marked SpaceAfter=No; no other kept sentence ends with such a token), one final newline. Dropped: the headline
(sentence 1), the dateline (sentence 2), the map caption (sentence 3, "Map showing location of Mogadishu in
Somalia") and the pull quote (sentences 20 to 22: Nurta Hussein's words repeated from sentences 17 and 18, followed by
"—Nurta Hussein, resident of Mogadishu"). Doubt: sentences 17-19 are read as the body's quotation and 20-22 as the
quote box because the body's version carries the speaker and the opening and closing marks; the reverse choice
would change no item. The stored version ends with sentence 63 (no Sources list or licence notice is stored).
Characters as stored: "an year", "2 AM, Friday", "Ali Jama' Jangeli", "summit Addis Ababa", the three spellings
"al-Shabaab", "al-Shabab" and "Shabab group", "Sheik Sharif Sheik Ahmed's" beside "Sheikh Sharif Sheikh Ahmed", the
"..." ending sentence 55 followed by the lower-case sentence 56 (one quotation split in two).

Region and year: Africa (Somalia), January 2010: Islamist insurgents attack African Union peacekeepers (AMISOM) and
the Somali army in Mogadishu; twelve civilians die; al-Shabaab and Hizbul Islam claim the attack and say AMISOM
shelled residential areas on purpose; the United States holds al-Shabaab a terrorist body; at an AU summit the
Somali foreign minister asks for more AU troops, Kenya and Sudan back him and Djibouti promises soldiers.
Domain: armed conflict / insurgency in Africa (army and peacekeepers against militants, claims of responsibility and
counter-claims).

Same-article check: the title and url are in no tests/corpus/index.json, tests/corpus/*/index*.json or
tests/corpus/test16/index_*.json (index_c, "US and South Korea to conduct naval exercises in response to warship
sinking", and index_d, "Hamas ends truce with Israel", existed when this part was checked last); no index title
names Mogadishu, and no file under tests/corpus holds "Hizbul Islam" or "Mogadishu attacks" (the only "hizbul" is
Hizbul Mujahideen in test4's Kashmir article). Files that name Mogadishu or al-Shabaab are other events: test5's
"Shelling in Somalia's capital kills twenty" (2009-10-22), test6's "Rebels say 626 Ethiopian troops killed in
clashes" (2009-11-17), test8's "Somali parliament rejects president's dismissal of prime minister" (2008-12-15) and
test11's "U.N. pulls out of southern Somalia" (2010-01-08).

How the article was found. The sources the brief names held nothing usable: the vanatteveldt/wikinews index holds
only data/wikinews_2019.csv and wikinews_2020.csv (data/wikinews_2008.csv and wikinews_2010.csv are not stored), and
the GUM news documents (the file lists of UniversalDependencies/UD_English-GUM name 24: afghan, asylum, clock, crane,
defector, election, expo, flag, hackers, ie9, imprisoned, korea, lanterns, questionnaire, soccer, stampede, taxes,
warhol, warming, worship, homeopathic, iodine, nasa, sensitive) hold no African conflict (imprisoned, opened: a
Scientology claim, 2015). So AMALGUM file names were guessed, as earlier parts did (about 30 exact-path look-ups and
one listing of amalgum_extra/news/dep, which gave its first 100 names).
- Kept: amalgum_extra mogadishu ("At least twelve die in Mogadishu attacks", 2010-01-30), read in full.
- Opened and left out (first page read): amalgum/news somalia ("Two UN contract workers kidnapped in Somalia",
  2008-04-02: abducted by unnamed militiamen, no accuser of a named actor on that page); congo ("Dozens killed in
  Congo plane crash, transport minister fired", 2007: an air crash); clashes ("Wikinews Shorts: March 29, 2007", a
  digest); bomber ("Suicide bomber at US base in Afghanistan was al-Qaeda double agent", 2010: Asia); mali ("Obama,
  Romney battle over foreign policy in final U.S. presidential debate", 2012: a US debate); armed ("Egyptian prime
  minister steps down", 2011: no fighting).
- Found and not opened: amalgum/news mugabe (Zimbabwe, likely political, left for want of time); amalgum_extra
  congolese, gabon, sadc, senegal (left for the other parts or for want of time).
- Words tried that are not in amalgum/news/dep: mogadishu, militants, chad, sudanese, nigeria, uganda, insurgents,
  islamists, rebel, shabaab, militia, delta, congolese, eritrea, algeria, rwanda, somali, sudan, ugandan, gaddafi,
  libyan, tripoli, gbagbo.
Only one article: the brief prefers one good article to two rushed ones.

Reading choices (doubts):
- Sides: al-Shabaab and Hizbul Islam (armed groups that claim the attack), AMISOM (the AU peacekeepers attacked and
  accused of shelling) and Somalia (its army fought; its government, officials and ministers act for it). AMISOM is
  named as the accusers name it, with the African Union's names as aliases ("African peace-keepers", "African Union
  peace-keepers", "AU soldiers", "the African troops"), kind international_organisation. Doubt: the README calls a
  peacekeeping mission no mediator but says nothing of one that fights; here it is attacked and accused, so a side.
- The collective nouns "Islamic insurgents", "the insurgents", "the mujahideen", "the attackers" and "the militants"
  cover both groups; they are put under al-Shabaab only (named first, and the article's background is about it).
  Doubt: a reading that gives them to Hizbul Islam too is defensible.
- Uganda is not a party: its soldiers serve in the AU force ("African Union peace-keepers from Uganda"), which is the
  party. Doubt: a reading with Uganda as a targeted state (a Ugandan soldier killed) is defensible.
- The groups' statement (sentences 25-29) is a joint one: "AMISOM began intentionally shelling residential areas" is
  one accusation per group (README, joint statement), al-Shabaab → AMISOM and Hizbul Islam → AMISOM.
- The United States: "Al-Shabaab is considered a terrorist body by the United States" (a terrorist label: an
  accusation) and "the latter blames it for multiple attacks, shootings and bombings inside Somalia" (a second
  allegation), two items. The United States only comments on and supports the government, so it is no party.
- Alliances: Somalia and AMISOM ("the army was heavily dependent on the African troops", military_support); the
  United States and Somalia ("supportive of Sheik Sharif Sheik Ahmed's government", political_support); Kenya, Sudan
  and Somalia ("Both Kenya and Sudan backed Jangeli", political_support, one bloc in one sentence); Djibouti and
  Somalia ("promised to send 450 soldiers", military_support; a promise, doubt); al-Shabaab and Hizbul Islam (a joint
  claim and a joint attack, kind other); al-Shabaab and al-Qaeda ("have connections with al-Qaeda", the article's
  own statement, kind other; doubt: alleged_involvement is defensible).

What was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401  (M: the article has no mediator)

# --- At least twelve die in Mogadishu attacks (2010) ----------------------------------------------------------------
MO_FOUGHT = (
    "Early on Friday, Islamic insurgents fought with African peace-keepers and the Somali army in Mogadishu, capital of "
    "Somalia, killing twelve people."
)
MO_CLAIMED = "The al-Shabaab group claimed responsibility for the attack."
MO_STATEMENT = (
    "The al-Shabab as well as another group, called Hizbul Islam, claimed responsibility in a statement they released."
)
MO_MUJAHIDEEN = (
    "\"The mujahideen attacked AMISOM and government bases last night and we killed some of their troops."
)
MO_SHELLING = "When we pulled back, AMISOM began intentionally shelling residential areas."
MO_TERRORIST = (
    "Al-Shabaab is considered a terrorist body by the United States; the latter blames it for multiple attacks, "
    "shootings and bombings inside Somalia."
)
MO_QAEDA = "Parts of the Shabaab group have connections with al-Qaeda."
MO_DEPENDENT = (
    "However, it was a reminder of Somalia's weak military power; the army was heavily dependent on the African troops "
    "in this attack as well."
)
MO_SUMMIT = (
    "During an African Union (AU) summit Addis Ababa, capital of Ethiopia, Ali Jama' Jangeli, Somali Foreign Minister, "
    "requested more African Union troops to assist other soldiers in the capital."
)
MO_BACKED = "Both Kenya and Sudan backed Jangeli; Djibouti answered the call and promised to send 450 soldiers soon."
MO_SUPPORTIVE = (
    "The United States and Western nations are supportive of Sheik Sharif Sheik Ahmed's government, amidst fears that "
    "Somalia would become a base for al-Qaeda and other such organizations."
)

GOLD = {
    # Islamist insurgents attack AU peacekeepers and the Somali army in Mogadishu; al-Shabaab and Hizbul Islam claim
    # the attack and accuse AMISOM of shelling residential areas; the US holds al-Shabaab a terrorist body.
    "2010-01-30-at-least-twelve-die-in-mogadishu-attacks": [
        # The attackers (the collective nouns of both groups are put here; see the docstring).
        P("al-Shabaab", "armed_group", MO_CLAIMED, MO_STATEMENT, MO_TERRORIST,
          aliases=["al-Shabab", "Al-Shabaab", "the al-Shabaab group", "Shabaab group", "Shabab group",
                   "Islamic insurgents", "insurgents", "the mujahideen", "the attackers", "the militants"]),
        # The second group named in the claim of responsibility.
        P("Hizbul Islam", "armed_group", MO_STATEMENT),
        # The AU peacekeepers, attacked and accused of shelling residential areas.
        P("AMISOM", "international_organisation", MO_FOUGHT, MO_MUJAHIDEEN,
          aliases=["African Union", "AU", "African peace-keepers", "peace-keepers", "African Union peace-keepers",
                   "the African troops", "African Union troops", "AU soldiers"]),
        # The Somali state: its army fought; its government, officials and ministers act for it.
        P("Somalia", "state", MO_FOUGHT, MO_MUJAHIDEEN,
          aliases=["Somali", "the Somali army", "Somali army", "Somali government", "the government",
                   "Somali officials", "Sheik Sharif Sheik Ahmed's government", "Mogadishu"]),
        # The army leans on the AU troops.
        A(["Somalia", "AMISOM"], "military_support", MO_DEPENDENT),
        # The United States supports the government.
        A(["United States", "Somalia"], "political_support", MO_SUPPORTIVE),
        # Kenya and Sudan back the Somali foreign minister's call for more AU troops.
        A(["Somalia", "Kenya", "Sudan"], "political_support", MO_SUMMIT, MO_BACKED),
        # Djibouti promises soldiers in answer to the same call. Doubt: a promise.
        A(["Somalia", "Djibouti"], "military_support", MO_SUMMIT, MO_BACKED),
        # The two groups claim the attack together.
        A(["al-Shabaab", "Hizbul Islam"], "other", MO_STATEMENT),
        # The article's own statement of a tie. Doubt: alleged_involvement.
        A(["al-Shabaab", "al-Qaeda"], "other", MO_QAEDA),
        # The groups' joint statement: AMISOM shelled residential areas on purpose (one item per group).
        X("al-Shabaab", "AMISOM", "AMISOM began intentionally shelling residential areas",
          MO_STATEMENT, MO_SHELLING),
        X("Hizbul Islam", "AMISOM", "AMISOM began intentionally shelling residential areas",
          MO_STATEMENT, MO_SHELLING),
        # The United States labels al-Shabaab a terrorist body...
        X("United States", "al-Shabaab", "considered a terrorist body", MO_TERRORIST),
        # ... and blames it for attacks inside Somalia.
        X("United States", "al-Shabaab", "blames it for multiple attacks, shootings and bombings inside Somalia",
          MO_TERRORIST),
        # Not items: "The al-Shabaab group claimed responsibility" and the groups' "The mujahideen attacked AMISOM
        # and government bases ... we killed some of their troops" (claims of responsibility); "the strongholds of
        # the enemies of Allah" (the groups' name for their targets, no wrong charged); "Medical authorities claimed
        # that the deaths had occurred when mortar fire had burnt their houses" and "The fire came from both the
        # insurgents and the peace-keepers, according to the officials" (medical and ambulance officials acting for
        # no side, the first naming no one; doubt: the second may be read as a charge against both sides by an
        # actor outside the conflict); Somali officials' "small and careless" (a judgment of the attack); the
        # Defence Minister's "more than ten insurgents had died" and the AU soldier's casualty count (reports, not
        # charges); "Al-Shabaab has also threatened other African countries", "The former has regularly attacked
        # different parts of Somalia" and "the militants have also bombed the country's principal airport" (the
        # article's own reports); "an explosion during a college graduation ceremony, claim civilians" (no one
        # named); Deng Alor's call for more troops (a call, no accused); "Western nations have spent millions of
        # dollars to buy weapons and ammunition for the Somali army" (military support by no named state, so no
        # alliance item). The AU summit is no mediation (the foreign minister asks for troops). No mediator.
    ],
}
