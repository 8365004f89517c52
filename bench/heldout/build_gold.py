"""The hand-made gold of the held-out set, written sentence by sentence.

Each entry is (context, [(span text, label, attrs), ...]). The context is a
string that occurs exactly once in the document (usually the whole sentence);
the span text must occur exactly once inside the context, or be given as
(span text, occurrence index). Offsets are computed here, never by hand.
No plugin output was run or consulted to write these annotations.

    python3 bench/heldout/build_gold.py   # writes bench/heldout/gold.jsonl
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
OUT = HERE / "gold.jsonl"

FAMILY = {"PERSON": "entities", "NORP": "entities", "ORG": "entities", "GPE": "entities", "LOC": "entities",
          "FAC": "entities", "PRODUCT": "entities", "EVENT": "entities", "LAW": "entities", "DATE": "entities",
          "MONEY": "quantities", "PERCENT": "quantities", "QUANTITY": "quantities", "POLICY_MEASURE": "policy"}


def Q(value, unit, change, surface, value_max=None):
    attrs = {"value": float(value), "unit": unit, "change": change, "surface_unit": surface}
    if value_max is not None:
        attrs["value_max"] = float(value_max)
    return attrs


P = "POLICY_MEASURE"

GOLD = {
    "a": [
        ("Germany's economy ministry on Tuesday unveiled a 5 billion euro subsidy programme for small manufacturers "
         "hit by high energy prices, Economy Minister Robert Habeck told reporters in Berlin.", [
            ("Germany", "GPE", {}),
            ("Tuesday", "DATE", {}),
            ("a 5 billion euro subsidy programme for small manufacturers hit by high energy prices", P, {}),
            ("5 billion euro", "MONEY", Q(5e9, "EUR", "=", "euro")),
            ("Robert Habeck", "PERSON", {}),
            ("Berlin", "GPE", {}),
        ]),
        ("The European Central Bank raised its key interest rate by 0.25 percentage points to 4 percent, its tenth "
         "consecutive increase since July 2022.", [
            ("European Central Bank", "ORG", {}),
            ("its key interest rate", P, {}),
            ("0.25 percentage points", "PERCENT", Q(0.25, "percentage_point", "up", "percentage points")),
            ("4 percent", "PERCENT", Q(4, "percent", "=", "percent")),
            ("July 2022", "DATE", {}),
        ]),
        ("Inflation in the euro area fell to 4.3 percent in September from 5.2 percent in August.", [
            ("4.3 percent", "PERCENT", Q(4.3, "percent", "=", "percent")),
            ("September", "DATE", {}),
            ("5.2 percent", "PERCENT", Q(5.2, "percent", "=", "percent")),
            ("August", "DATE", {}),
        ]),
        ("Toyota Motor Corp said its operating profit rose 96 percent year-on-year to 1.12 trillion yen ($7.5 billion) "
         "in the April-June quarter, helped by a weaker yen.", [
            ("Toyota Motor Corp", "ORG", {}),
            ("96 percent", "PERCENT", Q(96, "percent", "up", "percent")),
            ("1.12 trillion yen", "MONEY", Q(1.12e12, "JPY", "=", "yen")),
            ("$7.5 billion", "MONEY", Q(7.5e9, "USD", "=", "$")),
            ("the April-June quarter", "DATE", {}),
        ]),
        ("The carmaker sold about 2.6 million vehicles worldwide during the period.", [
            ("about 2.6 million vehicles", "QUANTITY", Q(2.6e6, "vehicle", "~", "vehicles")),
        ]),
        ("Kazakhstan's government approved a plan to cut import duties on agricultural machinery and introduced tax "
         "incentives for investors in the Khorgos Eastern Gate Special Economic Zone.", [
            ("Kazakhstan", "GPE", {}),
            ("a plan to cut import duties on agricultural machinery", P, {}),
            ("tax incentives for investors in the Khorgos Eastern Gate Special Economic Zone", P, {}),
            ("Khorgos Eastern Gate Special Economic Zone", "FAC", {}),
        ]),
        ("Exports through the Dostyk railway station grew by 12% to 15.3 million tonnes last year.", [
            ("Dostyk railway station", "FAC", {}),
            ("12%", "PERCENT", Q(12, "percent", "up", "%")),
            ("15.3 million tonnes", "QUANTITY", Q(15.3e6, "tonne", "=", "tonnes")),
            ("last year", "DATE", {}),
        ]),
        ("The Reserve Bank of India kept its repo rate unchanged at 6.5 percent, while the Ministry of Finance said it "
         "would issue bonds worth 1.2 trillion rupees in the second half of the fiscal year.", [
            ("Reserve Bank of India", "ORG", {}),
            ("its repo rate", P, {}),
            ("6.5 percent", "PERCENT", Q(6.5, "percent", "=", "percent")),
            ("Ministry of Finance", "ORG", {}),
            ("1.2 trillion rupees", "MONEY", Q(1.2e12, "INR", "=", "rupees")),
            ("the second half of the fiscal year", "DATE", {}),
        ]),
        ("Shares of Tata Steel Ltd fell 3.4 percent.", [
            ("Tata Steel Ltd", "ORG", {}),
            ("3.4 percent", "PERCENT", Q(3.4, "percent", "down", "percent")),
        ]),
        ("Vietnam's Ministry of Industry and Trade launched a pilot scheme to speed up customs clearance at the Lao Cai "
         "border gate, cutting inspection times to under two hours.", [
            ("Vietnam", "GPE", {}),
            ("Ministry of Industry and Trade", "ORG", {}),
            ("a pilot scheme to speed up customs clearance at the Lao Cai border gate", P, {}),
            ("Lao Cai border gate", "FAC", {}),
            ("under two hours", "QUANTITY", Q(2, "hour", "<", "hours")),
        ]),
        ("Nearly 40,000 trucks crossed the border in the first quarter, up from 31,000 a year earlier.", [
            ("Nearly 40,000 trucks", "QUANTITY", Q(40000, "truck", "~", "trucks")),
            ("the first quarter", "DATE", {}),
            ("31,000", "QUANTITY", Q(31000, "truck", "=", "trucks")),
            ("a year earlier", "DATE", {}),
        ]),
        ("Brazil will spend between 3 and 4 billion reais on a new programme of rural credit lines for family farmers, "
         "President Luiz Inacio Lula da Silva said on Wednesday.", [
            ("Brazil", "GPE", {}),
            ("between 3 and 4 billion reais", "MONEY", Q(3e9, "BRL", "=", "reais", value_max=4e9)),
            ("a new programme of rural credit lines for family farmers", P, {}),
            ("Luiz Inacio Lula da Silva", "PERSON", {}),
            ("Wednesday", "DATE", {}),
        ]),
        ("About a dozen banks are expected to take part.", [
            ("About a dozen banks", "QUANTITY", Q(12, "bank", "~", "banks")),
        ]),
    ],
    "b": [
        ("EU extends steel safeguard, proposes €2 billion fund for metal-using industries", [
            ("EU", "ORG", {}),
            ("steel safeguard", P, {}),
            ("€2 billion fund for metal-using industries", P, {}),
            ("€2 billion", "MONEY", Q(2e9, "EUR", "=", "€")),
        ]),
        ("BRUSSELS, March 14 - The European Commission on Thursday extended its safeguard measures on steel imports "
         "until June 2026 and proposed a €2 billion ($2.2 billion) fund to help small manufacturers absorb higher "
         "metal prices, Trade Commissioner Helena Varga told reporters.", [
            ("BRUSSELS", "GPE", {}),
            ("March 14", "DATE", {}),
            ("European Commission", "ORG", {}),
            ("Thursday", "DATE", {}),
            ("its safeguard measures on steel imports", P, {}),
            ("June 2026", "DATE", {}),
            ("a €2 billion ($2.2 billion) fund to help small manufacturers absorb higher metal prices", P, {}),
            ("€2 billion", "MONEY", Q(2e9, "EUR", "=", "€")),
            ("$2.2 billion", "MONEY", Q(2.2e9, "USD", "=", "$")),
            ("Helena Varga", "PERSON", {}),
        ]),
        ("Under the revised safeguard, imports above a tariff-rate quota of about 31 million tonnes a year will pay a "
         "25% duty.", [
            ("the revised safeguard", P, {}),
            ("a tariff-rate quota of about 31 million tonnes a year", P, {}),
            ("about 31 million tonnes", "QUANTITY", Q(31e6, "tonne", "~", "tonnes")),
            ("a 25% duty", P, {}),
            ("25%", "PERCENT", Q(25, "percent", "=", "%")),
        ]),
        ("The quota covers 26 product categories and will be reduced by 3% for flat products from July 1.", [
            ("The quota", P, {}),
            ("26 product categories", "QUANTITY", Q(26, "product category", "=", "product categories")),
            ("3%", "PERCENT", Q(3, "percent", "down", "%")),
            ("July 1", "DATE", {}),
        ]),
        ('"European producers cannot compete with subsidised overcapacity," Varga said.', [
            ("European", "NORP", {}),
            ("Varga", "PERSON", {}),
        ]),
        ("Steel imports into the bloc rose 18 percent in 2023 to a record 33.4 million tonnes, while crude steel output "
         "fell to its lowest level since 2009.", [
            ("18 percent", "PERCENT", Q(18, "percent", "up", "percent")),
            ("2023", "DATE", {}),
            ("33.4 million tonnes", "QUANTITY", Q(33.4e6, "tonne", "=", "tonnes")),
            ("2009", "DATE", {}),
        ]),
        ("The support fund would offer grants of up to €500,000 per company, and eligible firms must employ fewer than "
         "250 people.", [
            ("The support fund", P, {}),
            ("grants of up to €500,000 per company", P, {}),
            ("up to €500,000", "MONEY", Q(500000, "EUR", "<", "€")),
            ("fewer than 250 people", "QUANTITY", Q(250, "person", "<", "people")),
        ]),
        ("Poland, Italy and Spain, which host about 40% of the bloc's steel-using workshops, pushed for the scheme at a "
         "meeting of trade ministers in Luxembourg last month.", [
            ("Poland", "GPE", {}),
            ("Italy", "GPE", {}),
            ("Spain", "GPE", {}),
            ("about 40%", "PERCENT", Q(40, "percent", "~", "%")),
            ("the scheme", P, {}),
            ("Luxembourg", "GPE", {}),
            ("last month", "DATE", {}),
        ]),
        ("Rheinmark Stahl AG said it would restart a blast furnace in Duisburg that was idled last autumn, and "
         "Iberacero Group plans to invest nearly 900 million euros in an electric arc furnace near Gijón by 2028, as "
         "part of its goal of cutting emissions by 40% by the end of the decade.", [
            ("Rheinmark Stahl AG", "ORG", {}),
            ("Duisburg", "GPE", {}),
            ("last autumn", "DATE", {}),
            ("Iberacero Group", "ORG", {}),
            ("nearly 900 million euros", "MONEY", Q(9e8, "EUR", "~", "euros")),
            ("Gijón", "GPE", {}),
            ("2028", "DATE", {}),
            ("40%", "PERCENT", Q(40, "percent", "down", "%")),
            ("the end of the decade", "DATE", {}),
        ]),
        ("The European Steel Users Association estimated that the safeguard had added between €40 and €60 a tonne to "
         "the price of hot-rolled coil, costing downstream industries some EUR 1.1bn over the past 12 months.", [
            ("European Steel Users Association", "ORG", {}),
            ("the safeguard", P, {}),
            ("between €40 and €60", "MONEY", Q(40, "EUR", "up", "€", value_max=60)),
            ("some EUR 1.1bn", "MONEY", Q(1.1e9, "EUR", "~", "EUR")),
            ("the past 12 months", "DATE", {}),
        ]),
        ("Truck queues at the Medyka crossing on Poland's border with Ukraine stretched to 20-36 hours in February as "
         "checks tightened, it said.", [
            ("Medyka crossing", "FAC", {}),
            ("Poland", "GPE", {}),
            ("Ukraine", "GPE", {}),
            ("20-36 hours", "QUANTITY", Q(20, "hour", "=", "hours", value_max=36)),
            ("February", "DATE", {}),
        ]),
        ("The Commission also opened an anti-subsidy investigation into electric bicycles from Vietnam and Indonesia, "
         "whose e-bike exports to the bloc are worth about €1.4 billion a year.", [
            ("Commission", "ORG", {}),
            ("an anti-subsidy investigation into electric bicycles from Vietnam and Indonesia", P, {}),
            ("Vietnam", "GPE", {}),
            ("Indonesia", "GPE", {}),
            ("about €1.4 billion", "MONEY", Q(1.4e9, "EUR", "~", "€")),
        ]),
        ("US-owned Calder Bikes Inc, which assembles e-bikes in Vietnam, said it would move part of its production to "
         "Portugal.", [
            ("US", "GPE", {}),
            ("Calder Bikes Inc", "ORG", {}),
            ("Vietnam", "GPE", {}),
            ("Portugal", "GPE", {}),
        ]),
        ("Member states are expected to vote on the fund in the Trade Policy Committee before the end of April.", [
            ("the fund", P, {}),
            ("Trade Policy Committee", "ORG", {}),
            ("the end of April", "DATE", {}),
        ]),
    ],
    "c": [
        ("Mexico's 2025 budget cuts spending; central bank lowers rate to 10.50%", [
            ("Mexico", "GPE", {}),
            ("2025 budget", P, {}),
            ("2025", "DATE", {}),
            ("rate", P, {}),
            ("10.50%", "PERCENT", Q(10.5, "percent", "=", "%")),
        ]),
        ("MEXICO CITY, Sept 9 - Mexico's Finance Ministry on Monday sent Congress a 2025 budget that aims to shrink the "
         "public-sector deficit to 3.9% of gross domestic product from 5.9% this year, as the new administration tries "
         "to reassure investors after a sharp fall in the peso.", [
            ("MEXICO CITY", "GPE", {}),
            ("Sept 9", "DATE", {}),
            ("Mexico", "GPE", {}),
            ("Finance Ministry", "ORG", {}),
            ("Monday", "DATE", {}),
            ("Congress", "ORG", {}),
            ("a 2025 budget", P, {}),
            ("2025", "DATE", {}),
            ("3.9%", "PERCENT", Q(3.9, "percent", "=", "%")),
            ("5.9%", "PERCENT", Q(5.9, "percent", "=", "%")),
            ("this year", "DATE", {}),
        ]),
        ("Finance Minister Mariana Téllez said spending would be cut by 1.8 trillion pesos compared with 2024 and that "
         "the government would impose a hiring freeze at federal agencies.", [
            ("Mariana Téllez", "PERSON", {}),
            ("1.8 trillion pesos", "MONEY", Q(1.8e12, "MXN", "down", "pesos")),
            ("2024", "DATE", {}),
            ("a hiring freeze at federal agencies", P, {}),
        ]),
        ("The budget keeps fuel subsidies but introduces an 8% tax on online gambling and raises the tariff on steel "
         "from countries without a free trade agreement with Mexico to 35%.", [
            ("The budget", P, {}),
            ("fuel subsidies", P, {}),
            ("an 8% tax on online gambling", P, {}),
            ("8%", "PERCENT", Q(8, "percent", "=", "%")),
            ("the tariff on steel from countries without a free trade agreement with Mexico", P, {}),
            ("Mexico", "GPE", {}),
            ("35%", "PERCENT", Q(35, "percent", "=", "%")),
        ]),
        ("Total spending is set at 9.2 trillion pesos ($472 billion), down 1.9% in real terms.", [
            ("9.2 trillion pesos", "MONEY", Q(9.2e12, "MXN", "=", "pesos")),
            ("$472 billion", "MONEY", Q(4.72e11, "USD", "=", "$")),
            ("1.9%", "PERCENT", Q(1.9, "percent", "down", "%")),
        ]),
        ("Public investment falls 11% to 871 billion pesos, while social spending rises to MXN 987 billion, including "
         "pensions for some 12 million older adults.", [
            ("11%", "PERCENT", Q(11, "percent", "down", "%")),
            ("871 billion pesos", "MONEY", Q(8.71e11, "MXN", "=", "pesos")),
            ("MXN 987 billion", "MONEY", Q(9.87e11, "MXN", "=", "MXN")),
            ("pensions for some 12 million older adults", P, {}),
            ("some 12 million older adults", "QUANTITY", Q(12e6, "adult", "~", "adults")),
        ]),
        ("The government also set aside 48 billion pesos for the Interoceanic Corridor of the Isthmus of Tehuantepec, "
         "where 10 industrial parks and a new container terminal at the Port of Salina Cruz are under construction.", [
            ("48 billion pesos", "MONEY", Q(4.8e10, "MXN", "=", "pesos")),
            ("Interoceanic Corridor of the Isthmus of Tehuantepec", "LOC", {}),
            ("10 industrial parks", "QUANTITY", Q(10, "park", "=", "parks")),
            ("Port of Salina Cruz", "FAC", {}),
        ]),
        ("Separately, the Bank of Mexico cut its benchmark interest rate by 0.25 percentage point to 10.50%, its third "
         "reduction this year.", [
            ("Bank of Mexico", "ORG", {}),
            ("its benchmark interest rate", P, {}),
            ("0.25 percentage point", "PERCENT", Q(0.25, "percentage_point", "down", "percentage point")),
            ("10.50%", "PERCENT", Q(10.5, "percent", "=", "%")),
            ("this year", "DATE", {}),
        ]),
        ("Four board members voted for the cut, and Deputy Governor Omar Castañeda dissented.", [
            ("Four board members", "QUANTITY", Q(4, "board member", "=", "board members")),
            ("Omar Castañeda", "PERSON", {}),
        ]),
        ("Annual inflation slowed to 4.99% in August from 5.57% in July, statistics agency INEGI said.", [
            ("4.99%", "PERCENT", Q(4.99, "percent", "=", "%")),
            ("August", "DATE", {}),
            ("5.57%", "PERCENT", Q(5.57, "percent", "=", "%")),
            ("July", "DATE", {}),
            ("INEGI", "ORG", {}),
        ]),
        ("The peso has lost 15 percent against the dollar since the June 2 election, trading at roughly 19.6 pesos per "
         "dollar on Monday.", [
            ("15 percent", "PERCENT", Q(15, "percent", "down", "percent")),
            ("June 2", "DATE", {}),
            ("roughly 19.6 pesos", "MONEY", Q(19.6, "MXN", "~", "pesos")),
            ("Monday", "DATE", {}),
        ]),
        ('Analysts at Grupo Financiero Sierra called the deficit target "ambitious" and forecast growth of 1.0%-1.5% '
         "next year.", [
            ("Grupo Financiero Sierra", "ORG", {}),
            ("1.0%-1.5%", "PERCENT", Q(1.0, "percent", "=", "%", value_max=1.5)),
            ("next year", "DATE", {}),
        ]),
        ("State oil company Petróleos Mexicanos (Pemex) is budgeted to receive 136 billion pesos, down from 145 billion "
         "pesos this year, while cement maker Cementos del Valle SA said it would postpone a US$300 million plant "
         "expansion in Nuevo León for at least 18 months.", [
            ("Petróleos Mexicanos (Pemex)", "ORG", {}),
            ("136 billion pesos", "MONEY", Q(1.36e11, "MXN", "=", "pesos")),
            ("145 billion pesos", "MONEY", Q(1.45e11, "MXN", "=", "pesos")),
            ("this year", "DATE", {}),
            ("Cementos del Valle SA", "ORG", {}),
            ("US$300 million", "MONEY", Q(3e8, "USD", "=", "US$")),
            ("Nuevo León", "GPE", {}),
            ("at least 18 months", "QUANTITY", Q(18, "month", ">", "months")),
        ]),
        ("Texas-based Lonestar Freight Inc plans to open a logistics hub near Salina Cruz within two years.", [
            ("Texas", "GPE", {}),
            ("Lonestar Freight Inc", "ORG", {}),
            ("Salina Cruz", "GPE", {}),
            ("within two years", "QUANTITY", Q(2, "year", "<", "years")),
        ]),
    ],
    "d": [
        ("Kenya offers tax breaks for investors in Lamu port zone", [
            ("Kenya", "GPE", {}),
            ("tax breaks for investors in Lamu port zone", P, {}),
            ("Lamu", "GPE", {}),
        ]),
        ("NAIROBI, Nov. 3 — Kenya will grant companies in the Lamu Special Economic Zone a 10-year exemption from "
         "corporate income tax, Trade and Investment Cabinet Secretary Joseph Kariuki said on Tuesday, as the "
         "government tries to revive traffic at the under-used port.", [
            ("NAIROBI", "GPE", {}),
            ("Nov. 3", "DATE", {}),
            ("Kenya", "GPE", {}),
            ("Lamu Special Economic Zone", "FAC", {}),
            ("a 10-year exemption from corporate income tax", P, {}),
            ("10-year", "QUANTITY", Q(10, "year", "=", "year")),
            ("Joseph Kariuki", "PERSON", {}),
            ("Tuesday", "DATE", {}),
        ]),
        ("The incentive package, approved by the Cabinet last week, also includes duty-free imports of machinery for "
         "zone investors and a 50% cut in stamp duty on land leases.", [
            ("The incentive package", P, {}),
            ("Cabinet", "ORG", {}),
            ("last week", "DATE", {}),
            ("duty-free imports of machinery for zone investors", P, {}),
            ("a 50% cut in stamp duty on land leases", P, {}),
            ("50%", "PERCENT", Q(50, "percent", "down", "%")),
        ]),
        ("Firms that employ at least 500 local workers will qualify for an electricity rebate of KSh 2 per "
         "kilowatt-hour.", [
            ("at least 500 local workers", "QUANTITY", Q(500, "worker", ">", "workers")),
            ("an electricity rebate of KSh 2 per kilowatt-hour", P, {}),
            ("KSh 2", "MONEY", Q(2, "KES", "=", "KSh")),
        ]),
        ("Lamu Port, which opened in May 2021 at a cost of about $367 million, has three berths but handled only 41 "
         "vessels in the first nine months of this year, compared with more than 1,600 at Mombasa, the country's main "
         "gateway.", [
            ("Lamu Port", "FAC", {}),
            ("May 2021", "DATE", {}),
            ("about $367 million", "MONEY", Q(3.67e8, "USD", "~", "$")),
            ("three berths", "QUANTITY", Q(3, "berth", "=", "berths")),
            ("41 vessels", "QUANTITY", Q(41, "vessel", "=", "vessels")),
            ("the first nine months of this year", "DATE", {}),
            ("more than 1,600", "QUANTITY", Q(1600, "vessel", ">", "vessels")),
            ("Mombasa", "GPE", {}),
        ]),
        ("The Kenya Ports Authority (KPA) expects volumes to triple once a 530-kilometre road to Isiolo is finished in "
         "2026.", [
            ("Kenya Ports Authority (KPA)", "ORG", {}),
            ("530-kilometre", "QUANTITY", Q(530, "kilometre", "=", "kilometre")),
            ("Isiolo", "GPE", {}),
            ("2026", "DATE", {}),
        ]),
        ("Kariuki said three investors had already signed leases covering some 1,200 hectares (2,965 acres), among "
         "them Dubai-based Gulf Sands Logistics LLC and Kenyan agro-processor Pwani Fresh Ltd, which plans to build a "
         "Sh4.5 billion ($34.8 million) fruit-processing plant.", [
            ("Kariuki", "PERSON", {}),
            ("three investors", "QUANTITY", Q(3, "investor", "=", "investors")),
            ("some 1,200 hectares", "QUANTITY", Q(1200, "hectare", "~", "hectares")),
            ("2,965 acres", "QUANTITY", Q(2965, "acre", "=", "acres")),
            ("Dubai", "GPE", {}),
            ("Gulf Sands Logistics LLC", "ORG", {}),
            ("Kenyan", "NORP", {}),
            ("Pwani Fresh Ltd", "ORG", {}),
            ("Sh4.5 billion", "MONEY", Q(4.5e9, "KES", "=", "Sh")),
            ("$34.8 million", "MONEY", Q(3.48e7, "USD", "=", "$")),
        ]),
        ("Lianhe Harbour Engineering Co, which built the first three berths, is in talks to add a fourth.", [
            ("Lianhe Harbour Engineering Co", "ORG", {}),
            ("three berths", "QUANTITY", Q(3, "berth", "=", "berths")),
        ]),
        ("The National Treasury has set aside 9.8 billion shillings for the Lamu Port-South Sudan-Ethiopia Transport "
         "(LAPSSET) Corridor in the 2024/25 financial year, up 22 per cent from the previous year.", [
            ("National Treasury", "ORG", {}),
            ("9.8 billion shillings", "MONEY", Q(9.8e9, "KES", "=", "shillings")),
            ("Lamu Port-South Sudan-Ethiopia Transport (LAPSSET) Corridor", "LOC", {}),
            ("the 2024/25 financial year", "DATE", {}),
            ("22 per cent", "PERCENT", Q(22, "percent", "up", "per cent")),
            ("the previous year", "DATE", {}),
        ]),
        ("Kenya's economy grew 5.6% in 2023, and the Central Bank of Kenya expects growth of between 5.2 and 5.4 per "
         "cent this year.", [
            (("Kenya", 0), "GPE", {}),
            ("5.6%", "PERCENT", Q(5.6, "percent", "up", "%")),
            ("2023", "DATE", {}),
            ("Central Bank of Kenya", "ORG", {}),
            ("between 5.2 and 5.4 per cent", "PERCENT", Q(5.2, "percent", "=", "per cent", value_max=5.4)),
            ("this year", "DATE", {}),
        ]),
        ('"A port needs cargo before it needs investors," said Wanjiru Otieno, an economist at Nairobi-based Kilima '
         "Investments.", [
            ("Wanjiru Otieno", "PERSON", {}),
            ("Nairobi", "GPE", {}),
            ("Kilima Investments", "ORG", {}),
        ]),
        ("She noted that Kenya already hosts more than 70 export processing zones, and that the zones cost the "
         "exchequer roughly Sh32 billion a year in forgone revenue.", [
            ("Kenya", "GPE", {}),
            ("more than 70 export processing zones", "QUANTITY",
             Q(70, "export processing zone", ">", "export processing zones")),
            ("roughly Sh32 billion", "MONEY", Q(3.2e10, "KES", "~", "Sh")),
        ]),
    ],
}


def occurrences(haystack: str, needle: str) -> list[int]:
    found, i = [], haystack.find(needle)
    while i != -1:
        found.append(i)
        i = haystack.find(needle, i + 1)
    return found


def build() -> list[dict]:
    spans = []
    for doc, sentences in GOLD.items():
        text = (TEXTS / f"{doc}.txt").read_text("utf-8")
        for context, items in sentences:
            where = occurrences(text, context)
            assert len(where) == 1, f"{doc}: context occurs {len(where)} times: {context[:60]!r}"
            base = where[0]
            for target, label, attrs in items:
                needle, index = target if isinstance(target, tuple) else (target, None)
                hits = occurrences(context, needle)
                if index is None:
                    assert len(hits) == 1, f"{doc}: {needle!r} occurs {len(hits)} times in {context[:60]!r}"
                    index = 0
                start = base + hits[index]
                end = start + len(needle)
                assert text[start:end] == needle
                spans.append({"doc": doc, "start": start, "end": end, "label": label, "family": FAMILY[label],
                              "text": needle, "attrs": attrs})
    spans.sort(key=lambda s: (s["doc"], s["start"], s["end"], s["label"]))
    return spans


def main() -> None:
    spans = build()
    with OUT.open("w", encoding="utf-8") as f:
        for span in spans:
            f.write(json.dumps(span, ensure_ascii=False) + "\n")
    print(f"{OUT}: {len(spans)} spans")


if __name__ == "__main__":
    main()
