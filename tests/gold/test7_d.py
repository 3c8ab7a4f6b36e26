"""Hand gold for part d of the test7 split (tests/corpus/test7/, index_d.json): two 2008 Wikinews articles.

Written by an independent annotator (part d) by reading each article under tests/gold/README.md, before any
rule was scored on them and without running the tool, opening its code or reading its rules; quotes are
copied by hand from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{urges,saudi}.conllu). Stored versions read: both at commit
735dbbd74f167b4a95026527271fba0893b76d57 (the version read_file returned; the file index lists c62d76ac as the
files' stored commit), both tokenised with full CoNLL-U rows but with no `# meta` lines and no `# newpar` marks,
so each body is one paragraph. The body was rebuilt from the `# text = ` lines in order: headline (first
sentence) and dateline ("Saturday, January 5, 2008"; "Thursday, November 20, 2008") dropped; sentences joined by
one space, none where the sentence's last token has SpaceAfter=No (saudi: the two lone `"` sentences, joined
straight to "Negotiators are located ..." and to "Shipping companies are already ..."); one final newline.
Characters are otherwise as stored (straight quotes, the em dash of "work in — a Liberian-flagged vessel", the
stored wording kept: "His trip follows-up November's conference", "Annapolis, Maryland where").
Dropped besides headline and dateline:
- saudi: the bold pull-quote box "We do not like to negotiate with pirates, terrorists or hijackers. —Saud al
  Faisal, Foreign Minister of Saudi Arabia" (stored as one sentence between "He did not mention any specific
  amounts for the ransom." and "The British Foreign Office ..."; the body repeats it).
- urges: nothing else (no image caption or pull-quote is stored).
Dates are the datelines (urges 2008-01-05; saudi 2008-11-20); titles are the headlines; no sourceURL is stored,
so the URLs are the Wikinews titles.

Regions and years: the Middle East (Bush's January 2008 trip for the Israeli-Palestinian talks, with charges
against Syria over Lebanon and a push for sanctions on Iran), the Gulf of Aden and the Horn of Africa (the
hijacking of the Saudi tanker Sirius Star by Somali pirates, November 2008).

Only two articles: within the look-up budget of the brief (about sixty) I found only three news files of the
s-z slice that earlier splits had not used or considered; the index lists only the first hundred files of the
folder (a-c), so the slice was searched by looking up guessed file names one by one.
Considered and left out (slice s-z):
- suspends ("United States Army suspends ammo contract for Afghan security forces", 2008): a procurement-fraud
  story (a US contractor and corroded Chinese ammunition); no dispute between states or armed groups.
- Both kept articles overlap earlier splits in topic, which I note rather than hide: urges is the Israeli-Palestinian
  process between test6's Annapolis statement (2007-11-28) and test5's Cheney visit (2008-03-23); saudi is Somali
  piracy, as test6's Maersk Alabama article (2009). They are different articles and events.
- Names looked up that are not in the folder: taliban, sudan, taiwan, venezuela, tamil, ukraine, syria, talks,
  war, tibet, sudanese, ukrainian, warns, threatens, somali, security, tensions, uganda, standoff, threat, tigers,
  venezuelan, vows, spy, withdrawal, taleban, un, truce, tehran, uranium, zardari, swat, signs, seeks, visits,
  terrorist, torture, uprising, separatists. A public file list (a conllu-rest scratch file) names only the s-z
  news files earlier parts already named (scottish, spielberg, stingray, vessel, vodka, whitecaps).
- The words the brief excludes or earlier parts considered (sadr, sanctions, shelling, soldiers, somalia, strikes,
  strip, suicide, summit, syrian, tanker, terror, treaty, tribal, troops, tsvangirai, turkish, turkey, sri, thai,
  serbia, unrest, uribe, vessel, violence, weapons, yemen, zimbabwe) were not opened.

Doubts are marked "Doubt:" beside the item.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Bush urges progress on a Palestinian state before his Middle East trip (2008) --------------------
UR_GO = (
    "President Bush will go to the Middle East next week where he is hoping to encourage Israeli and Palestinian "
    "talks towards an independent Palestinian state."
)
UR_KEEP = (
    "President Bush says his job is to keep Israeli Prime Minister Ehud Olmert and Palestinian President Mahmoud "
    "Abbas focused on the big picture, despite what he says are considerable roadblocks toward an independent "
    "Palestinian state."
)
UR_ANNAPOLIS = (
    "His trip follows-up November's conference in Annapolis, Maryland where Prime Minister Olmert and President "
    "Abbas agreed to begin regular talks on a Palestinian state."
)
UR_LEAVES = (
    "The president leaves Tuesday for Israel and the West Bank where he will hold separate talks with the Israeli "
    "and Palestinian leaders before continuing on to Kuwait, Bahrain, the United Arab Emirates, Dubai, Saudi "
    "Arabia, and Egypt."
)
UR_REFORMED = (
    "\"Palestinian security forces have to be reformed, which we are helping with, by the way,\" he said."
)
UR_IRAN = (
    "He will also press for another round of sanctions against Iran, which Mr. Bush says is crucial to force "
    "Tehran to stop enriching uranium."
)
UR_LEBANON = (
    "The president says he will meet with regional leaders to discuss the situation in Lebanon, where he says "
    "Syrian President Bashar al-Assad is the main obstacle to Lebanon's selection of a new president."
)
UR_ASSAD = (
    "\"President Assad must understand that if he wants better relations with the United States, and frankly "
    "better relations in the region, the first thing he has got to do is stop interfering in the Lebanese "
    "presidential process,\" he said."
)

# --- Somali pirates hold the Saudi tanker Sirius Star; negotiations begin (2008) ---------------------
SA_VELA = (
    "Vela International Marine, the Saudi Arabian company that owns the MV Sirius Star oil tanker which was "
    "captured by pirates on November 15, has begun negotiations with the Somali pirates."
)
SA_FAISAL = (
    "The Saudi Foreign Minister Saud al Faisal said that talks had begun, but he did not say whether a ransom "
    "would be paid."
)
SA_NEGOTIATE = (
    "\"We do not like to negotiate with pirates, terrorists or hijackers,\" said Saud al Faisal in Rome, after "
    "speaking with Franco Frattini, the Foreign Minister of Italy."
)
SA_AUDIOTAPE = (
    "Dubai-based television network Al Jazeera broadcast an audiotape of a man who said he was with the pirates."
)
SA_CREW = (
    "The British Foreign Office released a statement Wednesday which identified two of the crew as chief engineer "
    "Peter French and second officer James Grady."
)
SA_MILIBAND = "Foreign Secretary David Miliband said that the Royal Navy was coordinating a European response."
SA_MOTHER_SHIP = (
    "Meanwhile, the Indian Navy has reported that it encountered and destroyed what it called a pirate "
    "\"mother ship\" on Tuesday."
)
SA_TABAR = (
    "India dispatched frigate INS Tabar last month to protect its merchant shipping in the Gulf of Aden."
)
SA_THREATENED = "The pirate vessel reportedly threatened the Indian frigate after it was hailed."

GOLD = {
    # Middle East: Bush, before his trip, presses Israel and the Palestinians towards a Palestinian state; he
    # charges Syria over Lebanon and wants more sanctions on Iran.
    "2008-01-05-president-bush-urges-progress-on-palestinian-state": [
        P("Israel", "state", UR_GO, UR_KEEP,
          aliases=["Israeli", "Israelis", "Israeli Prime Minister Ehud Olmert", "Ehud Olmert",
                   "Prime Minister Olmert", "Olmert"]),
        P("Palestine", "state", UR_GO, UR_KEEP,
          aliases=["Palestinian", "Palestinians", "Palestinian President Mahmoud Abbas", "Mahmoud Abbas",
                   "President Abbas", "Abbas", "Palestinian security forces"]),
        # Carries the process between the two sides: keeps both leaders "focused", holds separate talks with each.
        # Known gap: the article never introduces Bush as the US president; its nearest ties are "the U.S.
        # government's" network he spoke to and Assad's "better relations with the United States".
        M("United States", UR_GO, UR_KEEP, UR_LEAVES),
        # Doubt: US help in reforming the Palestinian security forces ("which we are helping with"), read as
        # security support to one side, as the test5 Cheney gold keeps the US as mediator and ally at once.
        A(["United States", "Palestine"], "military_support", UR_REFORMED),
        # One allegation said twice (Bush's "main obstacle" and his quoted "stop interfering").
        X("United States", "Syria",
          "the main obstacle to Lebanon's selection of a new president; stop interfering in the Lebanese "
          "presidential process",
          UR_LEBANON, UR_ASSAD, speaker="President Bush"),
        # Doubt: a push for sanctions whose stated reason charges Iran with enriching uranium, read as an
        # allegation against Iran (the press-for-sanctions call names its target and its wrong).
        X("United States", "Iran", "crucial to force Tehran to stop enriching uranium", UR_IRAN,
          speaker="President Bush"),
        # Not items: Syria and Iran appear only through Bush's charges and plans for the trip, not as sides of the
        # Israeli-Palestinian process at the centre (as the test5 Cheney gold treats Iran and Hezbollah); Lebanon
        # is the place of the dispute, not a side. The Annapolis agreement "to begin regular talks" is an
        # undertaking to negotiate, not a standing tie (as in the test6 Annapolis gold). "friends and allies in
        # the region" and "regional leaders" name no state; the stops in Kuwait, Bahrain, the United Arab
        # Emirates, Dubai, Saudi Arabia and Egypt are visits, no tie stated. "considerable roadblocks" names no
        # one. The meeting with US commanders on "the fighting" in Iraq names no side.
    ],
    # Gulf of Aden / Horn of Africa: the owner of the hijacked Saudi tanker Sirius Star negotiates with Somali
    # pirates; navies patrol, India destroys a pirate "mother ship".
    "2008-11-20-negotiations-for-hijacked-saudi-oil-tanker-begin": [
        P("Somali pirates", "armed_group", SA_VELA, SA_AUDIOTAPE,
          aliases=["pirates", "the pirates", "the Somali pirates", "hijackers", "Farah Abd Jameh"]),
        # The owner of the hijacked tanker, negotiating with the pirates (a company at the centre of the dispute).
        P("Vela International Marine", "other", SA_VELA,
          aliases=["the Saudi Arabian company", "a Saudi company"]),
        # The state whose state-owned company's tanker is held; its foreign minister speaks on the talks.
        P("Saudi Arabia", "state", SA_FAISAL, SA_NEGOTIATE,
          aliases=["Saudi", "Saudi Foreign Minister Saud al Faisal", "Saud al Faisal"]),
        # India's navy engaged and destroyed a pirate vessel in the news of the article.
        P("India", "state", SA_MOTHER_SHIP, SA_TABAR, aliases=["Indian", "Indian Navy", "INS Tabar"]),
        # Doubt: British crew members are held and the Royal Navy coordinates "a European response"; read as a
        # side (Croatia, Poland and the Philippines, whose nationals are also on board, take no action).
        P("United Kingdom", "state", SA_CREW, SA_MILIBAND,
          aliases=["British", "British Foreign Office", "Foreign Secretary David Miliband", "David Miliband",
                   "Royal Navy"]),
        # Doubt: the charge is India's report ("the Indian Navy has reported ... what it called a pirate "mother
        # ship"") continued in a "reportedly" sentence; read as India's allegation against the pirates, one item
        # for the vessel it calls a pirate mother ship and says threatened its frigate.
        X("India", "Somali pirates",
          "a pirate \"mother ship\"; the pirate vessel threatened the Indian frigate after it was hailed",
          SA_MOTHER_SHIP, SA_THREATENED, speaker="Indian Navy"),
        # Not items: al Faisal's "We do not like to negotiate with pirates, terrorists or hijackers" is a stated
        # policy about a class of people, not a charge that these pirates are terrorists (doubt, left out). The
        # capture of the tanker and of the other ships is the article's own report; the International Maritime
        # Bureau's counts (14 ships held, 30 hijackings, 60 ships attacked) are figures that charge no named
        # actor beyond the report. The pirates' audiotape sets terms (no allegation). No mediator: Vela and the
        # pirates negotiate directly; the "Negotiators" on board and on land are unnamed. No alliance: the
        # warships of "Several NATO members, as well as Russia, India and Malaysia" are sent separately; the
        # Royal Navy's "European response" and Combined Task Force 150 ("a multinational coalition") name no
        # members; Vela's ownership by Saudi Aramco is ownership, not a tie; al Faisal's talk with Franco
        # Frattini states no tie. Lt. Nate Christensen of the US Navy, Dominique Montecer (GEOS Group) and Peter
        # Hinchcliffe (International Chamber of Shipping) only comment: no sides.
    ],
}
