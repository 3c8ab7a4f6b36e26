"""Hand gold for part e of the test8 split (tests/corpus/test8/, index_e.json): two 2011 Wikinews articles.

Written by an independent annotator (part e) by reading each article under tests/gold/README.md, before any rule
was scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{independence,dispute}.conllu). Stored versions read:
independence at commit 2dcbcbeffb9192941645e52ba0635469ed8bb91b (no `# meta` lines, no `# newpar` marks, so the
body is one paragraph; the address is built from the headline); dispute at
53af30995a77b7e386e2c13da4dfa34710f911ed (with `# meta` lines, whose sourceURL is the address given, and `# newpar`
marks, which give its eight paragraphs). Dates are the datelines (independence: Sunday, July 10, 2011; dispute:
Thursday, December 15, 2011, a day after the corpus's dateCreated); titles are the headlines. The body was rebuilt
from the `# text` lines: sentences joined by one space (no sentence of the two ends in a token marked
SpaceAfter=No), paragraphs separated by a blank line, a final newline. Dropped:
- both: the headline and the dateline.
- independence: the pull-quote "Today we shall raise the flag of South Sudan to join the nations of the world
  —Pagan Amum, Sudan People's Liberation Army/Movement secretary general" (stored as one sentence right after the
  body sentence that quotes it), and the image boxes stored after the last body sentence, each caption and credit
  twice: "Flag of South Sudan." / "Image: Public domain."; "The location of South Sudan is highlighted in dark
  green on this map." / "Image: Spesh531."; "File photo of Salva Kiir Mayardit, the president of South Sudan." /
  "Image: Jenny Rockett."; "Flag of Sudan." / "Image: Public domain."; "The location of Sudan is highlighted in
  dark green on this map." / "Image: Dinamik."; "Sudan president Omar al-Bashir, seen here in January 2009,
  attended the independence ceremony." / "Image: U.S. Navy / Jesse B. Awalt."; "U.N. Secretary-General Ban
  Ki-moon, seen here in September 2010, was amongst those present in South Sudan upon the state's declaration of
  independence." / "Image: Gobierno de Chile.".
- dispute: the image caption "Logo of Country Garden (Holdings) Ltd., who bought Wukan land in an allegedly illegal
  sale by local officials." (`# newpar = figure | caption`).
Characters are otherwise as stored, typos kept ("formerly recognized" for formally, "the peace process between
Sudan and North Sudan", "Kiir swore to pledge true alliance", "at-present", "under-siege", the en dashes of
"representative–negotiators" and "hybrid–equivalent", the em dashes of the Wukan article).

Regions and years: Sudan and South Sudan (the South's independence after the civil war and the 2005 Comprehensive
Peace Agreement, July 2011; Africa), and China (the Wukan revolt against local authorities over a land dispute,
December 2011; East Asia).
Same-event check: no title of tests/corpus/*/index.json or of test8's index_a/b/c is about either event (test4's
"UN: Military attacks on Darfur violated international law", 2008, is another event; test7's "China releases
'Human rights report' on U.S.", 2005, another dispute).

How the slice was searched (the folder listing stops at "catholic", so names were looked up by exact path, one
guessed word at a time; about 50 look-ups in all, reads, listing attempts and the eight later pages of the two files
included):
- Kept: independence (the only in-domain find with a state-to-state conflict, thin in items: one accusation, no
  mediator, no alliance) and dispute (a revolt of a town against the state, with negotiations, a siege and charges
  both ways; domestic, like the political disputes of the test and test3 splits). Both are weaker in items than
  the brief hoped for; drop dispute if the split must hold only conflicts between states or armed groups.
- Opened and left out: brussels ("Belgian LGBT refuge shelter announced during annual Brussels Pride", 2018) and
  capitals ("Canberra Capitals beat Chinese women's national B basketball team in pre-season", 2012): off topic.
- Words tried that are not in the folder: accuses, ambassador, border, army, attack, attacks, expels, accused,
  condemned, blamed, tension, malaysian, donetsk, shalit, aleppo, claims, sailors, demands, agree, temple, swap,
  assad, erdogan, assassination, airstrike, jets. A public file list (a conllu-rest scratch file) names only news
  files earlier parts name or whose names are off topic (atomic, lords, mercenary, reuters, vodka, canadian,
  dolores, vessel, whitecaps, bicentennial, scottish, debris, arrivederci, spielberg, fourth, ajax, curling,
  stingray); not opened.
- The words earlier parts' docstrings name as used, considered or tried were not looked up again.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- South Sudan gains independence from Sudan (2011) ------------------------------------------------------
SS_RECOGNITION = (
    "At 0000 EAT Saturday (2100 UTC Friday), the Republic of South Sudan achieved independent recognition, becoming "
    "the newest country on the planet."
)
SS_GARANG = (
    "People crowded to the official ceremonial site, held at the mausoleum of John Garang, leader of the rebellion "
    "who died several months after the peace deal was signed with Sudan, ending the bloody conflict."
)
SS_ATTENDING = (
    "Amongst those attending the event were Ban Ki-moon, the current Secretary-General of the United Nations and "
    "Omar al-Bashir, the current president of Sudan."
)
SS_ICC = (
    "The latter was the guest of honour, despite the fact that the International Criminal Court has a warrant out for "
    "his arrest based on offences of genocide and crimes against humanity in the Darfur region."
)
SS_CIVIL_WAR = (
    "Two million individuals died in the civil war between the two territories of Sudan and Southern Sudan and four "
    "million more exiled, a war that was waged for decades."
)
SS_UNRESOLVED = (
    "It remains torn by ethnic and tribal rivalries and many problems with the north remain unresolved, including the "
    "exact boundary line."
)

# --- Wukan: a Chinese town in revolt over a land dispute, under police siege (2011) -------------------------
WK_REVOLT = (
    "Villagers in the Chinese town of Wukan are now in open revolt as, in the fourth month of their land dispute with "
    "the government, they expelled all Communist Party officials."
)
WK_REPELLED = (
    "Last Sunday they also repelled an attempt by around a thousand police to retake the town using tear gas and "
    "water cannons."
)
WK_CLAIMING = (
    "Negotiations were previously ongoing over the land dispute with villagers claiming farmland was taken, and sold "
    "to private developers Country Garden, with no compensation provided to locals."
)
WK_OVERSEAS = (
    "Until, that is, last week after a local official asserted the town's chosen negotiators were helping \"overseas "
    "forces that want to sow divisions between the government and villagers.\""
)
WK_POLICE = (
    "Plain-clothes police mounted an operation against the villagers last Friday, capturing five of the town's "
    "thirteen chosen representative–negotiators."
)
WK_SEIZED = "Amongst those seized was 42-year-old Xue Jinbo, who died in custody on Sunday."
WK_TORTURED = (
    "Villagers, including Xue's 24-year-old son-in-law, claim he was tortured and that, when visiting the funeral "
    "home where the body is being held, his corpse was bloody and bruised, and his thumbs broken."
)
WK_SIEGE = (
    "Now under-siege from police, food and water are not being allowed into the town by Communist authorities, and "
    "residents are being prevented from leaving."
)

GOLD = {
    # Sudan / South Sudan: the South becomes independent after decades of civil war; Bashir, wanted by the ICC,
    # attends; border and oil revenues unresolved.
    "2011-07-10-south-sudan-gains-independence": [
        # Doubt: the Sudan People's Liberation Army/Movement (the former rebellion, now the new state's army and
        # ruling movement) is read as acting for South Sudan (README: an army acting for a state is no actor of its
        # own), so it and its secretary general are aliases, not a party of their own.
        P("South Sudan", "state", SS_RECOGNITION, SS_CIVIL_WAR,
          aliases=["Republic of South Sudan", "South Sudanese", "Southern Sudan", "south Sudan", "the south",
                   "southern Sudanese", "the new country", "the new nation", "the independent state", "Juba",
                   "Salva Kiir Mayardit", "Kiir", "Sudan People's Liberation Army/Movement", "Pagan Amum"]),
        P("Sudan", "state", SS_CIVIL_WAR, SS_UNRESOLVED,
          aliases=["North Sudan", "the north", "Omar al-Bashir", "al-Bashir"]),
        # Doubt: the warrant is against Omar al-Bashir in person; read by the README's rule (a head of state acting
        # for the state: the state is accused, as for Soleimani and Iran) as an accusation against Sudan.
        X("International Criminal Court", "Sudan",
          "offences of genocide and crimes against humanity in the Darfur region",
          SS_ATTENDING, SS_ICC),
        # Not items: Susan Rice's warning that the peace process "could come apart" (a warning, no allegation);
        # Kiir's words to the people of Abyei, Darfur, Blue Nile and South Kordofan and his amnesty (no accused);
        # "Control of south Sudan's oil rich reserves was the primary reason for the fighting" (the article's own
        # account). No mediator: the 2005 peace agreement names none; the UN's planned membership and Ban Ki-moon's
        # attendance are no mediation. No alliance (doubt): the recognitions by the United States (Obama
        # "acknowledged the enormous struggle of its people") and by Sudan itself are acts of recognition, not read
        # as ties; al-Bashir's congratulations are no standing tie; Kiir's "true alliance and faithfulness to South
        # Sudan" is an oath of office. The United States, the United Nations and the ICC only comment, attend or
        # charge: no parties.
    ],
    # China: the town of Wukan in open revolt after land was sold off; a negotiator dies in police custody; the
    # police besiege the town.
    "2011-12-15-authorities-blockade-chinese-town-rebelling-over-land-disput": [
        P("villagers", "other", WK_REVOLT, WK_POLICE,
          aliases=["Villagers", "Villagers in the Chinese town of Wukan", "Wukan", "the town", "locals", "residents",
                   "town residents", "representatives chosen by the villagers", "the town's chosen negotiators",
                   "representative–negotiators"]),
        # Doubt: the local and county authorities and the police are read as acting for the state (README), so the
        # party is China rather than a "Lufeng county government" of its own.
        P("China", "state", WK_REVOLT, WK_SIEGE,
          aliases=["Chinese", "the government", "Communist Party officials", "police", "Plain-clothes police",
                   "Lufeng county government officials", "a local official", "a county-level spokesperson",
                   "Local officials", "local officials", "Communist authorities"]),
        # Doubt: "was taken" names no taker; the accused is read from "their land dispute with the government".
        X("villagers", "China",
          "farmland was taken, and sold to private developers Country Garden, with no compensation provided to locals",
          WK_REVOLT, WK_CLAIMING),
        X("China", "villagers",
          "the town's chosen negotiators were helping overseas forces that want to sow divisions between the "
          "government and villagers",
          WK_OVERSEAS, speaker="a local official"),
        # Doubt: the villagers name no torturer; the accused is read from the police operation that seized Xue
        # Jinbo and the custody he died in.
        X("villagers", "China",
          "he was tortured; his corpse was bloody and bruised, and his thumbs broken",
          WK_POLICE, WK_SEIZED, WK_TORTURED),
        # Not items: "Local officials are frequently accused of requisitioning land ..." (passive, no accuser);
        # Xinhua's report of eleven investigations and of 31 local officials "facing potential criminal charges"
        # (a news agency's report, the charges passive); Xinhua disputing the torture claims (a denial) and saying
        # Xue confessed "to criminal involvement with the September rioting" (doubt: a state news agency's own
        # report, not read as the state's accusation); the county-level spokesperson's "remarks over the legality of
        # the initial protests" (doubt: what they alleged is not said); "the police's ruthless retaking", the
        # censorship and the siege by "Communist authorities" (the article's own account); the BBC's report on Sina
        # Weibo (a news outlet's report); the "overseas forces" (unnamed, so no alliance or party). Country Garden
        # bought the land but is no side of the revolt (doubt). No mediator: the county officials negotiated
        # directly with the villagers' representatives. No alliance.
    ],
}
