"""Hand gold for part d of the test12 split (tests/corpus/test12/, index_d.json): one Wikinews article, 2020.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored in the public data set `vanatteveldt/wikinews`, file
wikinews_2020.csv (columns url,date,title,text), stored version at commit
ebb25d3c66507269b14c437b5f4b04bf26b3b056, read with read_file from offset 304000 page by page to offset 624000 (my
range was 304000 to 608000; the article open at 608000 was read one page further and is off topic, see below). The
body is the CSV text field as stored, leading and trailing white space stripped, one final newline added; the
paragraphs are kept as stored (separated by two blank lines), "Charité" kept with its accent. No doubled quotes in
this article. Date, title and url from the CSV row (url with "//wiki/" written "/wiki/").

Region and year: Russia and Germany (the Navalny affair), August 2020. Only one article: my range is almost all long
Wikinews interviews (science, software, religion, health) and US election round-ups, and held no other unused
article in the domain. The brief asks for up to three; I did not fill the part with out-of-domain articles.

Articles of the range considered (every article that starts in it) and left out:
- Already in tests/corpus (index.json, */index.json): "Iran issues arrest warrants for 36 people, including US
  President Trump; seeks Interpol's aid" (2020-07-02), "Serbian protesters try to storm Parliament; fourth day of
  protests" (2020-07-12), "Belarussian opposition presidential candidate Sviatlana Tsikhanouskaya holds major rally
  in Minsk" (2020-08-03), "Germany says Alexei Navalny poisoned with Novichok" (2020-09-05), "Second US Biden-Trump
  debate cancelled amid safety controversy" (2020-10-12).
- US election politics, no armed or diplomatic dispute at their centre: "On the campaign trail in the USA, June
  2020", "..., July 2020" and "..., August 2020" (2020-07-25, 2020-08-31, 2020-09-30). Doubt: the June edition has
  one sentence on the New York Times report "that Russians were paying bounties to the Taliban to kill American
  soldiers in Afghanistan" and the August edition one on Kushner helping "broker a deal establishing diplomatic
  relations between Israel and the United Arab Emirates"; both are asides in long domestic round-ups.
  "Biden announces Kamala Harris as 2020 running mate in US presidential race" (2020-08-12) and "US President Donald
  Trump tests positive for COVID-19" (2020-10-03): domestic politics or health.
- Interviews off the domain: the Neanderthal bone-tools interview (open at offset 304000, begun before my range),
  "Open source game developer Perttu Ahola talks about Minetest with Wikinews" (2020-06-30), "Zara Kay tells
  Wikinews about her non-profit organisation Faithless Hijabi" (2020-07-06), "Astronomer Anthony Boccaletti
  discusses observation of birth of potential exoplanet with Wikinews" (2020-07-07), "Living with HIV during
  COVID-19: Wikinews talks to HIV-positive sex workers about how pandemic has effected their lives" (2020-10-18;
  health; still running at offset 624000, where I stopped reading it).
- Crime, accidents, deaths, sport, weather-like news: "11-month old baby finds illegal drugs in playground in
  British Columbia, Canadian police report", "Seoul city Mayor Park Won-soon found dead, South Korean police
  confirm", "Passenger flight crashes upon landing at Calicut airport in India", "Water main bursts in White Plains,
  New York, US", three Sunshine Coast Rugby Union match reports, "Tributes paid to recently deceased US actor
  Chadwick Boseman", "Former President of India Pranab Mukherjee dies aged 84", "Three children seriously injured as
  bus hits bridge in Winchester, England", "South London police officer Matt Ratana shot in custody centre",
  "Guitarist Eddie Van Halen dies, aged 65".
- Kept: "Russia's Navalny airlifted to Germany" (2020-08-22). Doubt on the domain: the alleged poisoning of a
  Russian opposition leader, a critic of Putin, taken to Germany; the same affair as the tuned article of
  2020-09-05 (Germany's charge against Russia, two weeks later), but another event, and in this article nobody
  accuses a named actor and no state acts. It is under the ~1,200 characters the brief prefers (1,072). Drop it if
  the split must hold only articles with a dispute between named actors; I kept it because the affair is in the
  tool's domain (README: "Alexei Navalny", the poisoned opposition leader) and because the article tests restraint:
  it must not be read as a charge against Russia.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Russia's Navalny airlifted to Germany (2020) ------------------------------------------------------------
NV_AIRLIFTED = (
    "Today, Russian opposition leader Alexei Navalny was airlifted from the city of Omsk in Siberia to Berlin, "
    "Germany."
)
NV_ALLEGED = "His associates have alleged Navalny was poisoned."

GOLD = {
    # Russia/Germany: the opposition leader Alexei Navalny, ill since Thursday, flown from Omsk to the Charité in
    # Berlin; his associates say he was poisoned; the Omsk hospital found no poison.
    "2020-08-22-russia-s-navalny-airlifted-to-germany": [
        # The targeted side: a person acting for no state or group (README's own example). His associates speak
        # for him; they are not named apart, so no actor of their own.
        P("Alexei Navalny", "person", NV_AIRLIFTED, NV_ALLEGED, aliases=["Navalny"]),
        # Not items: "His associates have alleged Navalny was poisoned" and "Associates of Navalny alleged he drank
        # tea laced with poison" (one allegation said twice, aimed at nobody the article names: no accused, so no
        # accusation; README: a claim aimed at nobody the article names); "Hospital officials in Omsk said no traces
        # of poison was found" (a finding that contradicts the allegation, no accused); "an outspoken critic of
        # Russian president Vladimir Putin" (background, no charge). Russia is no party. Doubt: a reader may take
        # Russia (Putin) as Navalny's opponent in the dispute; the article says nothing Russia did, and the Omsk
        # officials are not presented as acting for the state. Germany is no party (the Charité and a Berlin
        # non-profit act, not the German state). No alliance. Doubt: the Cinema for Peace Foundation paying for the
        # evacuation is humanitarian help, not read as a tie with Navalny; a reading as support would be
        # defensible. No mediator.
    ],
}
