"""Write the gold briefings from the hand annotations below (run once after editing).

    python tests/gold/build_gold.py

Annotations follow tests/gold/README.md. Quotes are copied from the articles by hand;
this script only fills in the source fields and the offsets (and refuses a quote that is
not verbatim in its article), so the JSON files stay in the briefing contract.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
FOLDERS = [REPO / "seeds", REPO / "tests" / "corpus" / "wikinews"]


def P(name, kind, *quotes, aliases=()):
    return ("parties", {"name": name, "aliases": list(aliases), "kind": kind}, quotes)


def M(name, *quotes, members=()):
    return ("mediators", {"name": name, "members": list(members)}, quotes)


def A(members, kind, *quotes):
    return ("alliances", {"members": list(members), "kind": kind}, quotes)


def X(accuser, accused, allegation, *quotes):
    return ("accusations", {"accuser": accuser, "accused": accused, "allegation": allegation}, quotes)


GOLD = {
    "004_1a1daf8f610255dc": [
        P("Armenia", "state", "Armenia and Azerbaijan accused each other of targeting civilians", aliases=["Armenian"]),
        P("Azerbaijan", "state", "Armenia and Azerbaijan accused each other of targeting civilians", aliases=["Azerbaijani"]),
        P("Nagorno-Karabakh Republic", "separatist_authority",
          "The de facto government in Nagorno-Karabakh yesterday threatened to expand military activities to „the entire territory of Azerbaijan“."),
        M("OSCE Minsk Group", "In this format Russia, France and the USA mediate in the conflict.",
          "Possible Russian peacekeeping forces should be discussed in the Minsk Group of the Organization for Security and Cooperation in Europe (OSCE), he suggested.",
          members=["Russia", "France", "United States"]),
        A(["Russia", "Armenia"], "protective_power", "Armenia sees Russia as a protective power"),
        A(["Turkey", "Azerbaijan"], "political_support",
          "Turkey is the closest ally of the oil and gas-rich ex-Soviet republic of Azerbaijan"),
        X("Azerbaijan", "Armenia", "rocket attacks against Azerbaijani civilians and civil infrastructure",
          "The Azerbaijani presidential adviser Hikmet Hajjev announced on Twitter yesterday evening that the Armenian armed forces had launched rocket attacks against „Azerbaijani civilians and civil infrastructure“."),
        X("Armenia", "Azerbaijan", "deliberately attacking the civilian population",
          "The Armenian Foreign Ministry in turn accused the Azerbaijani troops of “deliberately attacking the civilian population”"),
        X("Azerbaijan", "Armenia", "bombed Ganja",
          "The Azerbaijani Ministry of Defense said Armenian troops had bombed the second largest Azerbaijani city of Ganja."),
        X("Armenia", "Azerbaijan", "bombed Stepanakert",
          "According to Armenian sources, Azerbaijani soldiers once again bombed Stepanakert"),
    ],
    "000_be02ae75645424f4": [
        P("Armenia", "state", "Armenians and Azeris fighting in Nagorno-Karabakh today gave no indication of a ceasefire",
          aliases=["Armenians"]),
        P("Azerbaijan", "state", "Armenians and Azeris fighting in Nagorno-Karabakh today gave no indication of a ceasefire",
          aliases=["Azeris", "Azeri"]),
        P("Nagorno-Karabakh", "separatist_authority",
          "Nagorno-Karabakh announced yesterday, Wednesday, that since September 27 the number of its military casualties has risen to 320."),
        M("OSCE Minsk Group",
          "Representatives of the mediators in the conflict, the co-chairs of the OSCE Minsk Group (Russia, United States, France) are meeting today in Geneva with Azeri Foreign Minister Ceyhun Bairamov.",
          members=["Russia", "United States", "France"]),
        A(["Turkey", "Azerbaijan"], "political_support", "Ankara encourages Baku to attack"),
        A(["Russia", "Armenia"], "military_treaty", "Moscow is linked to a military treaty with Yerevan."),
        X("Azerbaijan", "separatists", "shooting in residential areas",
          "The Azeri side also accuses the separatists of “shooting in residential areas” such as Bardisk, Agnabedin, Goranboy, Tartar and Agdam."),
        X("Armenia", "Azerbaijan", "attack on Karabakh",
          "A spokesman for Armenian diplomacy ruled out a meeting of Azeri and Armenian ministers in Geneva, saying “one cannot negotiate with one hand and conduct military operations with the other,” denouncing Azerbaijan’s attack on Karabakh."),
    ],
    "2019-10-15-kurds-announce-deal-with-assad-s-government-as-turkey-invade": [
        P("Turkey", "state", "Turkey began a military offensive into north-eastern Syria on Wednesday"),
        P("Syrian Democratic Forces", "armed_group",
          "the Kurdish-led Syrian Democratic Forces (SDF) announced it had entered into an agreement with the government of Syria",
          aliases=["SDF"]),
        P("Syria", "state",
          "The Syrian Army — whose commander-in-chief is President Bashar al-Assad — entered Tell Tamer and Ain Issa yesterday according to state media."),
        A(["Syrian Democratic Forces", "Syria"], "military_support",
          "An agreement has been reached with the Syrian government — whose duty it is to protect the country's borders and preserve Syrian sovereignty — for the Syrian Army to enter and deploy along the Syrian-Turkish border to help the [SDF] stop [the Turkish] aggression"),
        A(["YPG", "PKK"], "alleged_involvement",
          "YPG is the main fighting force of the SDF, largely Kurdish and, according to Turkey, supportive of the PKK."),
        X("Erdoğan", "PKK", "terrorists",
          "Erdoğan said the invasion was \"to prevent the creation of a terror corridor across our southern border, and to bring peace to the area.\"",
          "named both the Kurdistan Workers' Party (PKK) and People's Protection Units (YPG) as terrorists"),
        X("Erdoğan", "YPG", "terrorists",
          "Erdoğan said the invasion was \"to prevent the creation of a terror corridor across our southern border, and to bring peace to the area.\"",
          "named both the Kurdistan Workers' Party (PKK) and People's Protection Units (YPG) as terrorists"),
    ],
    "2020-01-06-iraqi-parliament-votes-for-expulsion-of-united-states-troops": [
        P("United States", "state", "The move follows the United States' killing of Qasem Soleimani in an airstrike last week."),
        P("Iraq", "state", "the Parliament of Iraq voted on a resolution to expel United States troops from the country"),
        X("Iraq", "United States", "a serious violation of Iraqi sovereignty",
          "The move follows the United States' killing of Qasem Soleimani in an airstrike last week.",
          "The Foreign Ministry of Iraq characterized the attack as \"a serious violation of Iraqi sovereignty\"."),
    ],
    "2020-01-11-cairo-summit-denounces-turkish-libyan-maritime-border-agreem": [
        P("Turkey", "state", "the memoranda of understanding between Turkey and Libya in which Turkey and Libya agreed on maritime borders in the Eastern Mediterranean"),
        P("Greece", "state", "The border issue is the \"main difference\" between Greece and Turkey, he added."),
        P("Cyprus", "state", "They called on Turkey to halt their drilling operations within the EEZ of Cyprus"),
        A(["Turkey", "Libya"], "military_treaty",
          "the memoranda of understanding between Turkey and Libya in which Turkey and Libya agreed on maritime borders in the Eastern Mediterranean and allowed Turkish army deployments in Libya"),
        A(["Egypt", "Greece", "Cyprus", "France"], "political_support",
          "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo on Wednesday to discuss Libya–Turkey relations."),
        X("Egypt", "Turkey", "the agreement infringes upon the sovereign rights of third states",
          "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo on Wednesday to discuss Libya–Turkey relations.",
          "They concluded that the November 27 maritime border agreement between Turkey and Libya is \"null and void\" and \"infringes upon the sovereign rights of third states, does not comply with the Law of the Sea and cannot produce any legal consequences\"."),
        X("Greece", "Turkey", "border agreement null and void and geographically ridiculous",
          "On Tuesday, Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic Council think tank called the border agreement \"null and void\" and \"geographically ridiculous\".",
          "The border issue is the \"main difference\" between Greece and Turkey, he added."),
    ],
    "2019-09-15-oil-facilities-in-saudi-arabia-hit-by-drone-attacks": [
        P("Saudi Arabia", "state", "oil facilities belonging to Saudi Arabia's state-owned Saudi Aramco were hit by multiple drone strikes"),
        P("Houthi movement", "armed_group", "The Yemen-based Houthi movement claimed responsibility for the attacks.", aliases=["Houthis"]),
        A(["Saudi Arabia", "Abdrabbuh Mansur Hadi"], "military_support",
          "In 2015, Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi against the Houthi rebellion, providing airstrikes with the Royal Saudi Air Force."),
        A(["Houthis", "Iran"], "alleged_involvement",
          "questions remain how much direct Iranian assistance is received by the Houthis who are ideologically aligned with Iran"),
        X("United States", "Iran", "the attacks",
          "US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks"),
    ],
    "2019-09-23-iran-s-president-rouhani-tells-foreign-powers-to-leave-persi": [
        A(["Iran", "China", "India", "Oman", "Pakistan", "Russia"], "military_support",
          "Iran has increased cooperation in the last few years with the navies of China, India, Oman, Pakistan, and Russia."),
        A(["United States", "Australia", "Bahrain", "Saudi Arabia", "United Kingdom", "United Arab Emirates"],
          "military_support",
          "the United States announced a naval coalition to patrol the Persian Gulf which was joined by Australia, Bahrain, Saudi Arabia, the United Kingdom and the United Arab Emirates."),
        X("Saudi Arabia", "Iran", "Iranian involvement",
          "both Saudi Arabia and the United States have alleged Iranian involvement"),
        X("United States", "Iran", "Iranian involvement",
          "both Saudi Arabia and the United States have alleged Iranian involvement"),
        X("United States", "Iran", "blaming Iran for the attack",
          "The United States was more forceful in blaming Iran for the attack"),
    ],
    "2020-01-13-iran-admits-downing-ukrainian-jet-cites-human-error": [
        P("Iran", "state", "Iran launched missiles targeting US troops in Iraqi military bases"),
        P("United States", "state", "in response to the US airstrike that killed Iranian general, Qasem Soleimani at a Baghdad airport"),
        X("United States", "Iran", "the crash was likely Iran's doing",
          "US Secretary of State Mike Pompeo said the crash was \"likely\" Iran's doing."),
    ],
    "2020-09-05-germany-says-alexei-navalny-poisoned-with-novichok": [
        X("Germany", "Russia", "poisoned Alexei Navalny with Novichok",
          "the German government said Russian opposition leader Alexei Navalny was poisoned with Novichok",
          "Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia."),
    ],
    "2019-01-23-germany-bans-mahan-air-of-iran-citing-security": [
        A(["Mahan", "Islamic Revolutionary Guard Corps"], "alleged_involvement",
          "Rudaw reports Mahan's director, Hamid Arabnejad Khanooki, has alleged ties to the Islamic Revolutionary Guard Corps of Iran."),
        A(["United States", "Germany"], "political_support",
          "The US has been encouraging allies such as Germany to restrict Mahan's operations."),
        X("United States", "Mahan", "transports weapons and fighters across the Middle East",
          "Mahan has been the subject of United States sanctions since 2011.",
          "\"The airline transports weapons and fighters across the Middle East, supporting the Iranian regime's destructive ambitions around the region,\" according to a tweet on Monday by US Secretary of State Mike Pompeo."),
        X("United States", "Mahan", "flies fighters and cargo to Syria in support of al-Assad",
          "The United States government claims Mahan flies fighters and cargo to Syria in support of al-Assad."),
    ],
}


def article(article_id: str) -> str:
    for folder in FOLDERS:
        path = folder / f"{article_id}.txt"
        if path.is_file():
            return path.read_bytes().decode("utf-8")
    raise SystemExit(f"no article {article_id}")


def evidence(text: str, quote: str) -> dict:
    start = text.find(quote)
    if start < 0:
        raise SystemExit(f"not verbatim: {quote!r}")
    return {"quote": quote, "start": start, "end": start + len(quote), "match": "exact"}


def main() -> None:
    for article_id, items in GOLD.items():
        text = article(article_id)
        briefing = {
            "schema_version": "1",
            "source": {"id": article_id, "sha256": hashlib.sha256(text.encode()).hexdigest(), "chars": len(text)},
            "provenance": {"provider": "gold", "model": "human", "prompt_version": "-", "calls": 0,
                           "prompt_tokens": 0, "completion_tokens": 0, "seconds": 0.0},
            "parties": [], "mediators": [], "alliances": [], "accusations": [], "rejected": [],
        }
        for category, fields, quotes in items:
            briefing[category].append({**fields, "evidence": [evidence(text, q) for q in quotes]})
        (HERE / f"{article_id}.json").write_text(json.dumps(briefing, ensure_ascii=False, indent=2) + "\n")
        print(f"{article_id}: " + ", ".join(f"{len(briefing[c])} {c}" for c in ("parties", "mediators", "alliances", "accusations")))


if __name__ == "__main__":
    main()
