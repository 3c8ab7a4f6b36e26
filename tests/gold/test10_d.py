"""Hand gold for part d of the test10 split (tests/corpus/test10/, index_d.json): one Wikinews article, 2005.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was
scored on it and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt file and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`), from the corpus's second news folder: amalgum_extra/news/dep/AMALGUM_news_romanian.conllu,
stored version read at commit 1ba9b6e9ec991badaf45e12d452cb40b124e6983 (all three pages, to the end of the file;
untokenised `# text` lines, no `# meta` lines, no `# newpar` marks, so the body is one paragraph). The body was
rebuilt from the `# text` lines, sentences joined by one space, none where the sentence's last token has
SpaceAfter=No: the Prime Minister's quote "... but I can't say any more." is stored with SpaceAfter=No on its full
stop and its closing quote mark as a sentence of its own, so they run together as `any more."`. Dropped: the
headline ("Romanian government asks kidnappers to release female journalist"), the dateline ("Saturday, April 30,
2005") and two section headings, each stored as a sentence of its own without a full stop: "Iraqi politicians
offer support to Romania" (before the Talabani sentence) and "Rallies continue in Bucharest and other cities"
(before "Rallies continued to occur ..."), as test9's part a dropped a section heading. The stored version has no
image caption, pull quote or poll box. Characters are otherwise as stored, typos and oddities kept ("have until
yet not responded", "analyses" for "analyse", "1000 Romanians", the Romanian diacritics of "Călin
Popescu-Tăriceanu" and "Traian Băsescu"). Date: the dateline (Saturday, April 30, 2005); title: the headline; url:
the Wikinews title.

Region and year: Iraq and Romania, April 2005: three Romanian journalists kidnapped in Iraq by a group calling
itself the Muadh ibn Jabal Brigades, which threatens to kill them unless Romania withdraws its troops from Iraq;
Romania's government, parliament and public respond, Iraq's president and an Iraqi party appeal for their release.

Same-event check (tests/corpus/*/index.json, and tests/corpus/test10/index_a.json as it stood when this part was
checked): no split has an article on the Romanian journalists kidnapped in Iraq; no earlier title or docstring
names Romania. AMALGUM_news_hostages (test5's parts) is a "Wikinews Shorts" compilation, another file.

ONLY ONE ARTICLE. The brief asks for two or three; within (in fact a little beyond) the look-up budget of about
70 calls only this one in-domain article was found in the p-s slice. The amalgum/news/dep listing stops at
"catholic" and the amalgum_extra/news/dep listing at "sheffield", so every p-s name of amalgum/news/dep and the
s-names of amalgum_extra after "sheffield" had to be guessed one at a time; about one guess in fifteen existed,
and the words that did exist were off-domain. Search of the code corpus for AMALGUM sentence ids found nothing
usable. Doubt: the split may want this part dropped or topped up by another annotator.

How the slice was searched (about 75 look-ups in all: two folder listings, one listing of another repository by
mistake (baocin/amalgum, an unrelated tool named "amalgum"), four listings by name prefix or extension (ian.conllu,
tab, csv) that returned nothing, two code searches, one exact-string search and its one read, and the file reads below).
- Kept: romanian (amalgum_extra; read in full).
- Opened and left out (first page read only):
  satellites (amalgum_extra, "US astronomers announce discovering ten tiny Jovian satellites", 2018): astronomy.
  selek (amalgum_extra, "Istanbul court acquits bomb accused Pinar Selek for fourth time", 2014): a Turkish court
  case; the charges are passive ("was accused of aiding Kurdistan Workers' Party (PKK) militancy"), no dispute
  between states or groups.
  passengers (amalgum_extra, "British pilot dies in plane crash; nine passengers survive", 2009): an air crash.
  pullout (amalgum/news/dep, "US Senate says no to pullout of US troops from Iraq", 2007): a US Senate vote, a
  domestic legislative story.
  slain (amalgum/news/dep, "Eight people found slain inside Houston-area home", 2015): a domestic murder case.
  proposal (amalgum/news/dep, "UK government rejects industry proposal for press regulation", 2013): UK press
  regulation.
- Listed amalgum_extra p-s names not opened: parasite, rape, ravens, rehearsed, revenue, robben, ron, sentamu,
  sheffield (titles not looked at for want of look-ups; the words suggest sport, science or crime) and pride,
  palestinians, rocket, sadc, salman, sarkozy, senegal (named as used, considered or tried in earlier docstrings).
- Names tried that are not stored (amalgum/news/dep unless marked): separatist, shiites, seoul, sharon, serbs,
  spanish, peruvian, sunnis, qatari, solana, saakashvili, rumsfeld, saddam, powell, stormed, pact, poisoned, spies,
  skripal, raqqa, palmyra, sevastopol, shabaab, srebrenica, premier, powers, retreat, sanction, seize, surge,
  shrine, rift, reprisals, protestors, sovereignty, sgrena, sharm, qassam, retaliates, skirmishes, peacekeeper,
  spat, slams, summons, rebukes, smuggling, sierra (both folders), shelled, surrender; amalgum_extra: shiites,
  snipers. Every word the brief excludes and every word earlier parts' docstrings name was checked before a guess
  (a list of all words of those docstrings), save peacekeeper, tried by slip (not stored).

The article is thin for the domain: the dispute is a hostage-taking by an armed group against a state, with no
mediator and no accusation but the kidnapping itself (read as Romania's, doubtful). Doubts are marked "Doubt:"
beside the items; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Romanian government asks kidnappers in Iraq to release female journalist (2005) -----------------------
RO_ASKED = (
    "The Romanian government has asked the Islamic terrorists who kidnapped three Romanian journalists in late "
    "March to release one of the journalists, Marie-Jeanne Ion, aged 30, who is the only female in the group."
)
RO_BRIGADES = (
    "The government has confirmed that the three journalists are all still alive, even though the terrorists, who "
    "call themselves the Muadh ibn Jabal Brigades, stated that they would kill them by last Wednesday unless "
    "Romania withdraws its troops from Iraq."
)
RO_PM = (
    "Romanian Prime Minister Călin Popescu-Tăriceanu said that all efforts were being made to save the "
    "journalists."
)
RO_CONTACT = (
    "He said, \"In principle, authorities are in contact with the kidnappers but I can't say any more.\""
)
RO_NOT_RESPONDED = (
    "The terrorists have until yet not responded to the government's request to release Ion."
)
RO_TALABANI = (
    "Iraq's new president, Jalal Talabani, told Romania's ambassador to Baghdad that he was concerned about the fate "
    "of the Romanian journalists and promised that he would do everything in his power to help resolve the problem."
)

GOLD = {
    # Three Romanian journalists kidnapped in Iraq by the Muadh ibn Jabal Brigades, who demand Romania's troop
    # withdrawal; Romania's government asks for the release of the one woman; Iraq's president promises help.
    "2005-04-30-romanian-government-asks-kidnappers-to-release-female-journa": [
        # The state whose journalists are held and whose troops in Iraq the kidnappers want withdrawn.
        P("Romania", "state", RO_ASKED, RO_BRIGADES,
          aliases=["Romanian", "Romanian government", "the government", "Romanian Prime Minister Călin "
                   "Popescu-Tăriceanu", "Călin Popescu-Tăriceanu", "Romanian President", "Traian Băsescu",
                   "authorities", "Parliament", "Romanian lawmakers", "Supreme Defense Council"]),
        P("Muadh ibn Jabal Brigades", "armed_group", RO_ASKED, RO_BRIGADES,
          aliases=["Islamic terrorists", "terrorists", "the terrorists", "kidnappers", "the kidnappers"]),
        # Doubt: Iraq's president (introduced as such) telling Romania's ambassador of his concern and promising to
        # do everything to help resolve the problem, read as declared political support for Romania (the dropped
        # section heading said "Iraqi politicians offer support to Romania"). Not read as mediation: no talks,
        # contact with the kidnappers or proposal is said to be his.
        A(["Iraq", "Romania"], "political_support", RO_TALABANI),
        # Doubt: the kidnapping is told in the article's voice inside a sentence about the Romanian government's
        # request ("asked the Islamic terrorists who kidnapped ..."), and the Prime Minister (introduced as
        # Romania's) calls the group "the kidnappers"; read as one allegation by Romania, said twice. It may be
        # the article's own report only, which would leave the article without accusation.
        X("Romania", "Muadh ibn Jabal Brigades",
          "kidnapped three Romanian journalists; the kidnappers",
          RO_ASKED, RO_PM, RO_CONTACT, speaker="Călin Popescu-Tăriceanu"),
        # Not items: the group's threat to kill the journalists unless Romania withdraws its troops (a threat and
        # a demand, no allegation against anyone); "The terrorists have until yet not responded" (the article's
        # own report); Ion's father (a Social Democratic senator) urging Parliament "to take a stand on the
        # kidnappers' demands" and his "day of mourning" (a call, no allegation); the parliament's resolution
        # asking the government to inform it (a domestic call); the Islamic Party of Iraq's appeal "asking that
        # the hostages be released" (a bare call: no mediator, no party, no tie); the Council of Europe's
        # Parliamentary Assembly debate and its "resolution for international solidarity concerning the
        # abduction" (no accused named; not read as a tie with Romania, doubt); the rallies' "Troops out!" and
        # "It is not our war" (protesters' slogans, no accused). The three journalists (Marie-Jeanne Ion and two
        # others, unnamed) are not a party of their own: the targeted side is Romania, whose troops are the
        # demand (doubt). Iraq is not a party (it only comments and promises help). Romania's troop presence in
        # Iraq is not read as a tie: the article names no state or side it supports there. No mediator: the
        # Romanian authorities' "contact with the kidnappers" is a side's own contact.
    ],
}
