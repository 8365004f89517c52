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
            ("about 31 million tonnes a year", "QUANTITY", Q(31e6, "tonne per year", "~", "tonnes a year")),
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
            ("up to €500,000 per company", "MONEY", Q(500000, "EUR per company", "<", "€ per company")),
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
            ("between €40 and €60 a tonne", "MONEY", Q(40, "EUR per tonne", "up", "€ a tonne", value_max=60)),
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
            ("about €1.4 billion a year", "MONEY", Q(1.4e9, "EUR per year", "~", "€ a year")),
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
            ("roughly 19.6 pesos per dollar", "MONEY", Q(19.6, "MXN per USD", "~", "pesos per dollar")),
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
            ("KSh 2 per kilowatt-hour", "MONEY", Q(2, "KES per kilowatt-hour", "=", "KSh per kilowatt-hour")),
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
            ("roughly Sh32 billion a year", "MONEY", Q(3.2e10, "KES per year", "~", "Sh a year")),
        ]),
    ],
    "e": [
        ("Vietnam extends VAT cut, pilots single-stop inspection for fruit trucks at Lang Son", [
            ("Vietnam", "GPE", {}),
            ("VAT cut", P, {}),
            ("single-stop inspection for fruit trucks at Lang Son", P, {}),
            ("Lang Son", "GPE", {}),
        ]),
        ("HANOI, July 2 — Vietnam will keep its value-added tax rate at 8% instead of 10% for most goods and services "
         "until Dec. 31, the government said on Tuesday, extending a relief measure first introduced in 2022 as "
         "manufacturers struggle with weak orders from Europe.", [
            ("HANOI", "GPE", {}),
            ("July 2", "DATE", {}),
            ("Vietnam", "GPE", {}),
            ("its value-added tax rate", P, {}),
            ("8%", "PERCENT", Q(8, "percent", "=", "%")),
            ("10%", "PERCENT", Q(10, "percent", "=", "%")),
            ("Dec. 31", "DATE", {}),
            ("Tuesday", "DATE", {}),
            ("a relief measure", P, {}),
            ("2022", "DATE", {}),
            ("Europe", "LOC", {}),
        ]),
        ("The reduction, set out in Decree 72/2024/ND-CP, does not apply to telecommunications, banking, real estate, "
         "coal or chemicals.", [
            ("Decree 72/2024/ND-CP", "LAW", {}),
        ]),
        ("The Ministry of Finance estimates that the extension will cost the budget about 24.6 trillion dong ($968 "
         "million) in the second half of the year.", [
            ("Ministry of Finance", "ORG", {}),
            ("about 24.6 trillion dong", "MONEY", Q(24.6e12, "VND", "~", "dong")),
            ("$968 million", "MONEY", Q(968e6, "USD", "=", "$")),
            ("the second half of the year", "DATE", {}),
        ]),
        ('Deputy Finance Minister Tran Thi Lan told lawmakers last month.', [
            ("Tran Thi Lan", "PERSON", {}),
            ("last month", "DATE", {}),
        ]),
        ("At the Tan Thanh border gate in Lang Son province, customs officers on Monday began a three-month pilot of "
         "joint inspection for trucks carrying fresh durian, dragon fruit and jackfruit, under which Vietnamese and "
         "Chinese officials check each consignment at a single station.", [
            ("Tan Thanh border gate", "FAC", {}),
            ("Lang Son", "GPE", {}),
            ("Monday", "DATE", {}),
            ("a three-month pilot of joint inspection for trucks carrying fresh durian, dragon fruit and jackfruit",
             P, {}),
            ("three-month", "QUANTITY", Q(3, "month", "=", "month")),
            ("Vietnamese", "NORP", {}),
            ("Chinese", "NORP", {}),
        ]),
        ("Consignments with valid phytosanitary certificates are to be released within four hours, compared with 12 to "
         "18 hours now, and drivers can book an inspection slot online up to 48 hours in advance.", [
            ("within four hours", "QUANTITY", Q(4, "hour", "<", "hours")),
            ("12 to 18 hours", "QUANTITY", Q(12, "hour", "=", "hours", value_max=18)),
            ("up to 48 hours", "QUANTITY", Q(48, "hour", "<", "hours")),
        ]),
        ("The Lang Son People's Committee will also waive yard fees of 150,000 dong per truck during the harvest peak "
         "from June to August, said Nguyen Thi Mai, director of the provincial Department of Industry and Trade.", [
            ("Lang Son People's Committee", "ORG", {}),
            ("yard fees of 150,000 dong per truck", P, {}),
            ("150,000 dong per truck", "MONEY", Q(150000, "VND per truck", "=", "dong per truck")),
            ("June to August", "DATE", {}),
            ("Nguyen Thi Mai", "PERSON", {}),
            ("Department of Industry and Trade", "ORG", {}),
        ]),
        ("Around 1,200 trucks cross at Tan Thanh on a busy day.", [
            ("Around 1,200 trucks", "QUANTITY", Q(1200, "truck", "~", "trucks")),
            ("Tan Thanh", "GPE", {}),
        ]),
        ("In May, queues stretched for 30 kilometres and temperatures at the waiting yards topped 38 degrees Celsius, "
         "leaving some loads to spoil.", [
            ("May", "DATE", {}),
            ("30 kilometres", "QUANTITY", Q(30, "kilometre", "=", "kilometres")),
            ("38 degrees Celsius", "QUANTITY", Q(38, "degree Celsius", ">", "degrees Celsius")),
        ]),
        ("Vietnam's fruit and vegetable exports rose 27.4% year-on-year to $3.55 billion in the first five months, "
         "with durian making up about 40% of the total, according to the Vietnam Fruit and Vegetable Association "
         "(Vinafruit).", [
            (("Vietnam", 0), "GPE", {}),
            ("27.4%", "PERCENT", Q(27.4, "percent", "up", "%")),
            ("$3.55 billion", "MONEY", Q(3.55e9, "USD", "=", "$")),
            ("the first five months", "DATE", {}),
            ("about 40%", "PERCENT", Q(40, "percent", "~", "%")),
            ("Vietnam Fruit and Vegetable Association (Vinafruit)", "ORG", {}),
        ]),
        ("Hoang Phat Fruit JSC, a durian packer in the Mekong Delta, said it would build two refrigerated warehouses in "
         "Tien Giang province and hire 300 seasonal workers.", [
            ("Hoang Phat Fruit JSC", "ORG", {}),
            ("Mekong Delta", "LOC", {}),
            ("two refrigerated warehouses", "QUANTITY", Q(2, "warehouse", "=", "warehouses")),
            ("Tien Giang", "GPE", {}),
            ("300 seasonal workers", "QUANTITY", Q(300, "worker", "=", "workers")),
        ]),
        ("Its chairman, 52-year-old Pham Van Duc, expects the company's exports to reach 40,000 tonnes this year, up "
         "from 26,500 tonnes in 2023.", [
            ("52-year-old", "QUANTITY", Q(52, "year of age", "=", "year-old")),
            ("Pham Van Duc", "PERSON", {}),
            ("40,000 tonnes", "QUANTITY", Q(40000, "tonne", "=", "tonnes")),
            ("this year", "DATE", {}),
            ("26,500 tonnes", "QUANTITY", Q(26500, "tonne", "=", "tonnes")),
            ("2023", "DATE", {}),
        ]),
        ("The Ministry of Industry and Trade has separately proposed a package of six measures for fruit exporters, "
         "including lower freight rates on the Hanoi-Lao Cai railway, a 20 trillion dong credit line for processors "
         "at interest rates 2 percentage points below market levels, and a national pavilion at the China-ASEAN Expo "
         "in Nanning in September.", [
            ("Ministry of Industry and Trade", "ORG", {}),
            ("a package of six measures for fruit exporters", P, {}),
            ("six measures", "QUANTITY", Q(6, "measure", "=", "measures")),
            ("lower freight rates on the Hanoi-Lao Cai railway", P, {}),
            ("Hanoi", "GPE", {}),
            ("Lao Cai", "GPE", {}),
            ("a 20 trillion dong credit line for processors at interest rates 2 percentage points below market levels",
             P, {}),
            ("20 trillion dong", "MONEY", Q(20e12, "VND", "=", "dong")),
            ("2 percentage points", "PERCENT", Q(2, "percentage_point", "=", "percentage points")),
            ("a national pavilion at the China-ASEAN Expo in Nanning", P, {}),
            ("China-ASEAN Expo", "EVENT", {}),
            ("Nanning", "GPE", {}),
            ("September", "DATE", {}),
        ]),
        ("The package still needs the prime minister's approval.", [
            ("The package", P, {}),
        ]),
        ('"Four hours is good on paper, but the bottleneck is on the other side," said Le Van Hieu, who has trucked '
         "fruit to Pingxiang for 16 years.", [
            ("Four hours", "QUANTITY", Q(4, "hour", "=", "hours")),
            ("Le Van Hieu", "PERSON", {}),
            ("Pingxiang", "GPE", {}),
            ("16 years", "QUANTITY", Q(16, "year", "=", "years")),
        ]),
    ],
    "f": [
        ("Kazakhstan to subsidise transit containers, launch electronic queue at China border", [
            ("Kazakhstan", "GPE", {}),
            ("electronic queue at China border", P, {}),
            ("China", "GPE", {}),
        ]),
        ("ASTANA, Oct 8 (Steppe Wire) - Kazakhstan will pay rail operators $300 per container for transit trains that "
         "carry goods from China across the country to the Caspian port of Aktau, the Ministry of Transport said on "
         "Monday, as the government tries to draw more cargo onto the Trans-Caspian International Transport Route.", [
            ("ASTANA", "GPE", {}),
            ("Oct 8", "DATE", {}),
            ("Steppe Wire", "ORG", {}),
            ("Kazakhstan", "GPE", {}),
            ("$300 per container", "MONEY", Q(300, "USD per container", "=", "$ per container")),
            ("China", "GPE", {}),
            (("Caspian", 0), "LOC", {}),
            ("Aktau", "GPE", {}),
            ("Ministry of Transport", "ORG", {}),
            ("Monday", "DATE", {}),
            ("Trans-Caspian International Transport Route", "LOC", {}),
        ]),
        ("The subsidy covers block trains of at least 50 forty-foot containers and will run until the end of 2026, "
         "Deputy Transport Minister Aibek Serikbayev told a briefing in the capital.", [
            ("The subsidy", P, {}),
            ("at least 50 forty-foot containers", "QUANTITY", Q(50, "container", ">", "containers")),
            ("the end of 2026", "DATE", {}),
            ("Aibek Serikbayev", "PERSON", {}),
        ]),
        ("The budget for next year sets aside 42 billion tenge ($87 million) for the payments.", [
            ("The budget for next year", P, {}),
            ("next year", "DATE", {}),
            ("42 billion tenge", "MONEY", Q(42e9, "KZT", "=", "tenge")),
            ("$87 million", "MONEY", Q(87e6, "USD", "=", "$")),
        ]),
        ("Under a separate order, the ministry will cut the fee for a single-entry transit permit for foreign trucks to "
         "12,000 tenge from 21,000 tenge and scrap the permit altogether for carriers from member states of the "
         "Eurasian Economic Union (EAEU).", [
            ("the fee for a single-entry transit permit for foreign trucks", P, {}),
            ("12,000 tenge", "MONEY", Q(12000, "KZT", "=", "tenge")),
            ("21,000 tenge", "MONEY", Q(21000, "KZT", "=", "tenge")),
            ("the permit", P, {}),
            ("Eurasian Economic Union (EAEU)", "ORG", {}),
        ]),
        ("The government also approved a road map of 14 measures to speed up crossings on the Chinese border, including "
         "an electronic queue for trucks at the Nur Zholy and Bakhty checkpoints, round-the-clock operation of the "
         "Dostyk rail crossing, and a data-sharing arrangement with Chinese customs so that exporters file a single "
         "declaration for both sides.", [
            ("a road map of 14 measures to speed up crossings on the Chinese border", P, {}),
            ("14 measures", "QUANTITY", Q(14, "measure", "=", "measures")),
            (("Chinese", 0), "NORP", {}),
            ("an electronic queue for trucks at the Nur Zholy and Bakhty checkpoints", P, {}),
            ("Nur Zholy", "FAC", {}),
            ("Bakhty", "FAC", {}),
            ("round-the-clock operation of the Dostyk rail crossing", P, {}),
            ("Dostyk rail crossing", "FAC", {}),
            ("a data-sharing arrangement with Chinese customs", P, {}),
            (("Chinese", 1), "NORP", {}),
        ]),
        ("Trucks now wait 3.5 days on average at Nur Zholy, where about 900 vehicles cross each day.", [
            ("3.5 days", "QUANTITY", Q(3.5, "day", "=", "days")),
            ("Nur Zholy", "FAC", {}),
            ("about 900 vehicles", "QUANTITY", Q(900, "vehicle", "~", "vehicles")),
        ]),
        ("Officials expect the queue system, to be introduced from Jan. 1, to bring waiting times below 24 hours.", [
            ("the queue system", P, {}),
            ("Jan. 1", "DATE", {}),
            ("below 24 hours", "QUANTITY", Q(24, "hour", "<", "hours")),
        ]),
        ("Freight on the trans-Caspian route rose 62% last year to 2.76 million tonnes, according to national rail "
         "company Kazakhstan Temir Zholy (KTZ), while transit through Kazakhstan as a whole reached 27.5 million "
         "tonnes.", [
            ("62%", "PERCENT", Q(62, "percent", "up", "%")),
            ("last year", "DATE", {}),
            ("2.76 million tonnes", "QUANTITY", Q(2.76e6, "tonne", "=", "tonnes")),
            ("Kazakhstan Temir Zholy (KTZ)", "ORG", {}),
            (("Kazakhstan", 1), "GPE", {}),
            ("27.5 million tonnes", "QUANTITY", Q(27.5e6, "tonne", "=", "tonnes")),
        ]),
        ("The government has set a goal of raising transit to 35 million tonnes a year by 2030.", [
            ("35 million tonnes a year", "QUANTITY", Q(35e6, "tonne per year", "=", "tonnes a year")),
            ("2030", "DATE", {}),
        ]),
        ("Container trains now cover about 1,100 kilometres per day on the Kazakh network, up from 900 kilometres two "
         "years ago, but cargo can sit for up to a week at Aktau waiting for ferries across the Caspian Sea to Baku.", [
            ("about 1,100 kilometres per day", "QUANTITY", Q(1100, "kilometre per day", "~", "kilometres per day")),
            ("Kazakh", "NORP", {}),
            ("900 kilometres", "QUANTITY", Q(900, "kilometre per day", "=", "kilometres")),
            ("two years ago", "DATE", {}),
            ("up to a week", "QUANTITY", Q(1, "week", "<", "week")),
            ("Aktau", "GPE", {}),
            ("Caspian Sea", "LOC", {}),
            ("Baku", "GPE", {}),
        ]),
        ("Shipping firm Caspian Link LLP said it would add two ferries on the Aktau-Baku line next spring, each able to "
         "carry 56 rail wagons, and expects to lift its volumes by a third.", [
            ("Caspian Link LLP", "ORG", {}),
            ("two ferries", "QUANTITY", Q(2, "ferry", "=", "ferries")),
            ("Aktau", "GPE", {}),
            ("Baku", "GPE", {}),
            ("next spring", "DATE", {}),
            ("56 rail wagons", "QUANTITY", Q(56, "rail wagon", "=", "rail wagons")),
        ]),
        ('said Dinara Abenova, a transport analyst at Almaty-based Tulpar Research.', [
            ("Dinara Abenova", "PERSON", {}),
            ("Almaty", "GPE", {}),
            ("Tulpar Research", "ORG", {}),
        ]),
        ("She estimated that shipping a container from Xi'an to Istanbul on the middle corridor costs between $4,500 "
         "and $5,200, roughly 20% more than by sea.", [
            ("Xi'an", "GPE", {}),
            ("Istanbul", "GPE", {}),
            ("between $4,500 and $5,200", "MONEY", Q(4500, "USD", "=", "$", value_max=5200)),
            ("roughly 20%", "PERCENT", Q(20, "percent", "~", "%")),
        ]),
    ],
    "g": [
        ("Uzbekistan lowers duties on 400 tariff lines, extends IT Park tax breaks to 2040", [
            ("Uzbekistan", "GPE", {}),
            ("duties on 400 tariff lines", P, {}),
            ("400 tariff lines", "QUANTITY", Q(400, "tariff line", "=", "tariff lines")),
            ("IT Park tax breaks", P, {}),
            ("IT Park", "FAC", {}),
            ("2040", "DATE", {}),
        ]),
        ("TASHKENT, May 27 — Uzbekistan will lower import duties on about 400 tariff lines, among them machine tools, "
         "medical equipment and some foodstuffs, from June 1 under a presidential decree published on Monday, as the "
         "country prepares for the next round of talks on joining the World Trade Organization (WTO).", [
            ("TASHKENT", "GPE", {}),
            ("May 27", "DATE", {}),
            ("Uzbekistan", "GPE", {}),
            ("import duties on about 400 tariff lines", P, {}),
            ("about 400 tariff lines", "QUANTITY", Q(400, "tariff line", "~", "tariff lines")),
            ("June 1", "DATE", {}),
            ("Monday", "DATE", {}),
            ("World Trade Organization (WTO)", "ORG", {}),
        ]),
        ("The decree sets a zero rate for equipment that is not made in the country and caps duties on most consumer "
         "goods at 15%, down from as much as 30%.", [
            ("a zero rate for equipment that is not made in the country", P, {}),
            ("duties on most consumer goods", P, {}),
            ("15%", "PERCENT", Q(15, "percent", "=", "%")),
            ("as much as 30%", "PERCENT", Q(30, "percent", "<", "%")),
        ]),
        ("The Ministry of Investment, Industry and Trade estimates that the average applied tariff will fall to 6.9% "
         "from 8.4%.", [
            ("Ministry of Investment, Industry and Trade", "ORG", {}),
            ("6.9%", "PERCENT", Q(6.9, "percent", "=", "%")),
            ("8.4%", "PERCENT", Q(8.4, "percent", "=", "%")),
        ]),
        ("Deputy Minister Laziz Rakhimov told reporters.", [
            ("Laziz Rakhimov", "PERSON", {}),
        ]),
        ("Companies registered as residents of IT Park, the technology park in Tashkent, will keep their exemption from "
         "corporate income tax, value-added tax and property tax until 2040, and their staff will pay personal income "
         "tax at a flat 7.5% rather than the standard 12%.", [
            ("IT Park", "FAC", {}),
            ("Tashkent", "GPE", {}),
            ("their exemption from corporate income tax, value-added tax and property tax", P, {}),
            ("2040", "DATE", {}),
            ("personal income tax at a flat 7.5%", P, {}),
            ("7.5%", "PERCENT", Q(7.5, "percent", "=", "%")),
            ("12%", "PERCENT", Q(12, "percent", "=", "%")),
        ]),
        ("To qualify, a company must earn at least 80% of its revenue from clients abroad.", [
            ("at least 80%", "PERCENT", Q(80, "percent", ">", "%")),
        ]),
        ("The government will also cover half the wages of programmers aged 18 to 30 hired by resident companies, up to "
         "1.5 million soums a month (about $118), for up to two years.", [
            ("aged 18 to 30", "QUANTITY", Q(18, "year of age", "=", "aged", value_max=30)),
            ("up to 1.5 million soums a month", "MONEY", Q(1.5e6, "UZS per month", "<", "soums a month")),
            ("about $118", "MONEY", Q(118, "USD per month", "~", "$")),
            ("up to two years", "QUANTITY", Q(2, "year", "<", "years")),
        ]),
        ('At the border, the State Customs Committee will introduce a "green corridor" for exporters with a clean '
         "record of at least three years, whose shipments will be released without physical inspection.", [
            ("State Customs Committee", "ORG", {}),
            ('a "green corridor" for exporters with a clean record of at least three years', P, {}),
            ("at least three years", "QUANTITY", Q(3, "year", ">", "years")),
        ]),
        ("Customs posts at Yallama and Oybek, on the border with Kazakhstan and Tajikistan, are to work around the "
         "clock from July.", [
            ("Yallama", "GPE", {}),
            ("Oybek", "GPE", {}),
            ("Kazakhstan", "GPE", {}),
            ("Tajikistan", "GPE", {}),
            ("July", "DATE", {}),
        ]),
        ("Uzbekistan's foreign trade reached $62.6 billion last year, and exports of IT services rose 43% to about $1 "
         "billion.", [
            ("Uzbekistan", "GPE", {}),
            ("$62.6 billion", "MONEY", Q(62.6e9, "USD", "=", "$")),
            ("last year", "DATE", {}),
            ("43%", "PERCENT", Q(43, "percent", "up", "%")),
            ("about $1 billion", "MONEY", Q(1e9, "USD", "~", "$")),
        ]),
        ("The World Bank expects the economy to grow 5.5% this year.", [
            ("World Bank", "ORG", {}),
            ("5.5%", "PERCENT", Q(5.5, "percent", "up", "%")),
            ("this year", "DATE", {}),
        ]),
        ("Some manufacturers fear the lower duties will expose them to cheaper imports.", [
            ("the lower duties", P, {}),
        ]),
        ("Samarkand-based Ipak Yuli Textiles, which employs some 3,400 people, said it would postpone a $45 million "
         "spinning mill until it sees how the market reacts.", [
            ("Samarkand", "GPE", {}),
            ("Ipak Yuli Textiles", "ORG", {}),
            ("some 3,400 people", "QUANTITY", Q(3400, "person", "~", "people")),
            ("$45 million", "MONEY", Q(45e6, "USD", "=", "$")),
        ]),
        ("The country has been negotiating WTO membership since 1994 and hopes to complete the talks before the 14th "
         "WTO Ministerial Conference in Yaoundé, Cameroon, in 2026.", [
            (("WTO", 0), "ORG", {}),
            ("1994", "DATE", {}),
            ("14th WTO Ministerial Conference", "EVENT", {}),
            ("Yaoundé", "GPE", {}),
            ("Cameroon", "GPE", {}),
            ("2026", "DATE", {}),
        ]),
    ],
    "h": [
        ("Brazil speeds up EV import tariff, raises ethanol blend to 30%", [
            ("Brazil", "GPE", {}),
            ("EV import tariff", P, {}),
            ("ethanol blend", P, {}),
            ("30%", "PERCENT", Q(30, "percent", "=", "%")),
        ]),
        ("BRASÍLIA, April 3 - Brazil's foreign trade chamber Gecex on Wednesday approved a faster schedule for raising "
         "import duties on electric vehicles, lifting the tax on fully electric cars to 25% from 18% in July and to "
         "the 35% ceiling a year later, as the government presses carmakers to build locally.", [
            ("BRASÍLIA", "GPE", {}),
            ("April 3", "DATE", {}),
            ("Brazil", "GPE", {}),
            ("Gecex", "ORG", {}),
            ("Wednesday", "DATE", {}),
            ("a faster schedule for raising import duties on electric vehicles", P, {}),
            ("the tax on fully electric cars", P, {}),
            ("25%", "PERCENT", Q(25, "percent", "=", "%")),
            ("18%", "PERCENT", Q(18, "percent", "=", "%")),
            ("July", "DATE", {}),
            ("35%", "PERCENT", Q(35, "percent", "=", "%")),
            ("a year later", "DATE", {}),
        ]),
        ("Hybrid vehicles will pay 30% from July, up from 25%.", [
            ("30%", "PERCENT", Q(30, "percent", "=", "%")),
            ("July", "DATE", {}),
            ("25%", "PERCENT", Q(25, "percent", "=", "%")),
        ]),
        ("Gecex also set a duty-free quota of US$ 226 million for electric and hybrid cars imported by companies that "
         "have announced factories in Brazil, valid until June 2026.", [
            ("Gecex", "ORG", {}),
            ("a duty-free quota of US$ 226 million for electric and hybrid cars imported by companies that have "
             "announced factories in Brazil", P, {}),
            ("US$ 226 million", "MONEY", Q(226e6, "USD", "=", "US$")),
            ("Brazil", "GPE", {}),
            ("June 2026", "DATE", {}),
        ]),
        ("Development and Industry Minister Ricardo Tavares said the decision would protect about 1.3 million jobs in "
         "the auto sector.", [
            ("Ricardo Tavares", "PERSON", {}),
            ("about 1.3 million jobs", "QUANTITY", Q(1.3e6, "job", "~", "jobs")),
        ]),
        ("Under the Mover programme, approved by Congress last year, carmakers that invest in research and production "
         "in the country can earn tax credits worth up to R$19.3 billion over five years.", [
            ("the Mover programme", P, {}),
            ("Congress", "ORG", {}),
            ("last year", "DATE", {}),
            ("tax credits worth up to R$19.3 billion", P, {}),
            ("up to R$19.3 billion", "MONEY", Q(19.3e9, "BRL", "<", "R$")),
            ("five years", "QUANTITY", Q(5, "year", "=", "years")),
        ]),
        ("The programme also brings in a green version of the federal industrialized products tax (IPI), which charges "
         "less on efficient, low-emission models and more on heavy, polluting ones.", [
            ("The programme", P, {}),
            ("a green version of the federal industrialized products tax (IPI)", P, {}),
        ]),
        ("Imports of electric cars jumped to about 52,000 units in the first quarter, most of them from China, "
         "according to the national vehicle manufacturers' association Anfavea.", [
            ("about 52,000 units", "QUANTITY", Q(52000, "unit", "~", "units")),
            ("the first quarter", "DATE", {}),
            ("China", "GPE", {}),
            ("Anfavea", "ORG", {}),
        ]),
        ("Chinese brands accounted for 84% of that total.", [
            ("Chinese", "NORP", {}),
            ("84%", "PERCENT", Q(84, "percent", "=", "%")),
        ]),
        ("Zhentai Motors, which is converting a former truck plant in Camaçari, Bahia state, said the new schedule "
         "would not change its plans to start assembling its Aurora hatchback there in December, with capacity for "
         "150,000 vehicles a year.", [
            ("Zhentai Motors", "ORG", {}),
            ("Camaçari", "GPE", {}),
            ("Bahia", "GPE", {}),
            ("the new schedule", P, {}),
            ("Aurora", "PRODUCT", {}),
            ("December", "DATE", {}),
            ("150,000 vehicles a year", "QUANTITY", Q(150000, "vehicle per year", "=", "vehicles a year")),
        ]),
        ("In a separate decision, the National Energy Policy Council (CNPE) raised the mandatory share of anhydrous "
         "ethanol in gasoline to 30% from 27%, effective Aug. 1, and the biodiesel blend in diesel to 15% from 14%.", [
            ("National Energy Policy Council (CNPE)", "ORG", {}),
            ("the mandatory share of anhydrous ethanol in gasoline", P, {}),
            ("30%", "PERCENT", Q(30, "percent", "=", "%")),
            ("27%", "PERCENT", Q(27, "percent", "=", "%")),
            ("Aug. 1", "DATE", {}),
            ("the biodiesel blend in diesel", P, {}),
            ("15%", "PERCENT", Q(15, "percent", "=", "%")),
            ("14%", "PERCENT", Q(14, "percent", "=", "%")),
        ]),
        ("The Ministry of Mines and Energy estimated the change would cut gasoline imports by 760 million litres a year "
         "and save drivers about R$ 0.11 per litre at the pump.", [
            ("Ministry of Mines and Energy", "ORG", {}),
            ("760 million litres a year", "QUANTITY", Q(760e6, "litre per year", "down", "litres a year")),
            ("about R$ 0.11 per litre", "MONEY", Q(0.11, "BRL per litre", "~", "R$ per litre")),
        ]),
        ("Shares in sugar and ethanol producer Usina Vale Verde SA rose 4.2% in São Paulo, while the price of hydrated "
         "ethanol at the mills climbed to R$2.61 a litre, its highest since February.", [
            ("Usina Vale Verde SA", "ORG", {}),
            ("4.2%", "PERCENT", Q(4.2, "percent", "up", "%")),
            ("São Paulo", "GPE", {}),
            ("R$2.61 a litre", "MONEY", Q(2.61, "BRL per litre", "=", "R$ a litre")),
            ("February", "DATE", {}),
        ]),
        ("Analysts at Banco Horizonte said the EV tariff schedule could add 6,000 to 9,000 reais to the price of an "
         "imported electric car and forecast that annual EV sales would slow to around 120,000 units in 2025.", [
            ("Banco Horizonte", "ORG", {}),
            ("the EV tariff schedule", P, {}),
            ("6,000 to 9,000 reais", "MONEY", Q(6000, "BRL", "up", "reais", value_max=9000)),
            ("around 120,000 units", "QUANTITY", Q(120000, "unit", "~", "units")),
            ("2025", "DATE", {}),
        ]),
    ],
    "i": [
        ("Nigeria suspends duties on staple food imports for 150 days", [
            ("Nigeria", "GPE", {}),
            ("duties on staple food imports", P, {}),
            ("150 days", "QUANTITY", Q(150, "day", "=", "days")),
        ]),
        ("ABUJA, July 11 — Nigeria has suspended import duties, tariffs and taxes on maize, husked brown rice, wheat, "
         "sorghum and millet, and on beans and cowpeas brought in by land and sea, for 150 days, the presidency said "
         "on Thursday, as food inflation runs at its highest in almost three decades.", [
            ("ABUJA", "GPE", {}),
            ("July 11", "DATE", {}),
            ("Nigeria", "GPE", {}),
            ("import duties, tariffs and taxes on maize, husked brown rice, wheat, sorghum and millet, and on beans and "
             "cowpeas brought in by land and sea", P, {}),
            ("150 days", "QUANTITY", Q(150, "day", "=", "days")),
            ("Thursday", "DATE", {}),
            ("almost three decades", "DATE", {}),
        ]),
        ("Agriculture Minister Ibrahim Danjuma said the duty-free window was part of a package of emergency measures to "
         "bring down prices, which also includes the sale of 42,000 tonnes of grain from strategic reserves to "
         "households at subsidised rates and a guaranteed minimum price for smallholder farmers.", [
            ("Ibrahim Danjuma", "PERSON", {}),
            ("the duty-free window", P, {}),
            ("a package of emergency measures to bring down prices", P, {}),
            ("the sale of 42,000 tonnes of grain from strategic reserves to households at subsidised rates", P, {}),
            ("42,000 tonnes", "QUANTITY", Q(42000, "tonne", "=", "tonnes")),
            ("a guaranteed minimum price for smallholder farmers", P, {}),
        ]),
        ("The government will itself import 250,000 tonnes of wheat and 250,000 tonnes of maize, which will be "
         'processed and sold to "the vulnerable" through approved channels, he said.', [
            (("250,000 tonnes", 0), "QUANTITY", Q(250000, "tonne", "=", "tonnes")),
            (("250,000 tonnes", 1), "QUANTITY", Q(250000, "tonne", "=", "tonnes")),
        ]),
        ("Imported food will carry a recommended retail price.", [
            ("a recommended retail price", P, {}),
        ]),
        ("The Nigeria Customs Service (NCS) said it had set up dedicated clearance lanes for the grain at Apapa and Tin "
         "Can Island ports in Lagos and at the Seme border post, and that consignments with complete documents would "
         "be released within 48 hours.", [
            ("Nigeria Customs Service (NCS)", "ORG", {}),
            ("dedicated clearance lanes for the grain at Apapa and Tin Can Island ports in Lagos and at the Seme border "
             "post", P, {}),
            ("Apapa", "FAC", {}),
            ("Tin Can Island", "FAC", {}),
            ("Lagos", "GPE", {}),
            ("Seme border post", "FAC", {}),
            ("within 48 hours", "QUANTITY", Q(48, "hour", "<", "hours")),
        ]),
        ("Importers must register their cargo on the service's single window platform before it arrives.", [
            ("single window platform", P, {}),
        ]),
        ("Food inflation reached 40.66% in May, according to the National Bureau of Statistics, while headline "
         "inflation stood at 33.95%.", [
            ("40.66%", "PERCENT", Q(40.66, "percent", "=", "%")),
            ("May", "DATE", {}),
            ("National Bureau of Statistics", "ORG", {}),
            ("33.95%", "PERCENT", Q(33.95, "percent", "=", "%")),
        ]),
        ("In Kano's Dawanau market, one of West Africa's largest grain markets, a 50kg bag of local rice now sells for "
         "about N85,000, up from N40,000 a year ago.", [
            ("Kano", "GPE", {}),
            ("Dawanau market", "FAC", {}),
            ("West Africa", "LOC", {}),
            ("50kg", "QUANTITY", Q(50, "kilogram", "=", "kg")),
            ("about N85,000", "MONEY", Q(85000, "NGN", "~", "N")),
            ("N40,000", "MONEY", Q(40000, "NGN", "=", "N")),
            ("a year ago", "DATE", {}),
        ]),
        ('"People are buying in small measures, half a mudu at a time," said Hauwa Sani, a 38-year-old grain trader.', [
            ("half a mudu", "QUANTITY", Q(0.5, "mudu", "=", "mudu")),
            ("Hauwa Sani", "PERSON", {}),
            ("38-year-old", "QUANTITY", Q(38, "year of age", "=", "year-old")),
        ]),
        ("Farmers' groups warned that cheap imports could undercut local growers just as the harvest begins in "
         "September.", [
            ("September", "DATE", {}),
        ]),
        ("The Rice Farmers Association of Nigeria (RIFAN) said the waiver could cost members up to N500 billion in lost "
         "sales and urged the government to limit it to 90 days.", [
            ("Rice Farmers Association of Nigeria (RIFAN)", "ORG", {}),
            ("the waiver", P, {}),
            ("up to N500 billion", "MONEY", Q(500e9, "NGN", "<", "N")),
            ("90 days", "QUANTITY", Q(90, "day", "=", "days")),
        ]),
        ("The naira, which has lost about 70% of its value since June last year, traded at N1,510 per dollar on the "
         "official market on Wednesday.", [
            ("about 70%", "PERCENT", Q(70, "percent", "down", "%")),
            ("June last year", "DATE", {}),
            ("N1,510 per dollar", "MONEY", Q(1510, "NGN per USD", "=", "N per dollar")),
            ("Wednesday", "DATE", {}),
        ]),
        ("Economists at Lagos-based Meridian Securities expect food inflation to ease to between 32% and 35% by "
         "December, but only if the rains hold.", [
            ("Lagos", "GPE", {}),
            ("Meridian Securities", "ORG", {}),
            ("between 32% and 35%", "PERCENT", Q(32, "percent", "=", "%", value_max=35)),
            ("December", "DATE", {}),
        ]),
        ("Under the Nigeria Customs Service Act 2023, the president can vary duty rates by order, but the waiver does "
         "not cover levies collected for the ECOWAS regional body.", [
            ("Nigeria Customs Service Act 2023", "LAW", {}),
            ("the waiver", P, {}),
            ("levies collected for the ECOWAS regional body", P, {}),
            ("ECOWAS", "ORG", {}),
        ]),
    ],
    "j": [
        ("Egypt grants golden licences to 12 projects, raises fuel prices", [
            ("Egypt", "GPE", {}),
            ("golden licences", P, {}),
            ("12 projects", "QUANTITY", Q(12, "project", "=", "projects")),
            ("fuel prices", P, {}),
        ]),
        ("CAIRO, March 22 — Egypt's cabinet on Thursday approved golden licences for 12 industrial projects worth a "
         "combined $2.8 billion, most of them in the Suez Canal Economic Zone (SCZone), as the government tries to "
         "draw foreign investment after this month's sharp devaluation of the pound.", [
            ("CAIRO", "GPE", {}),
            ("March 22", "DATE", {}),
            ("Egypt", "GPE", {}),
            ("Thursday", "DATE", {}),
            ("golden licences for 12 industrial projects worth a combined $2.8 billion", P, {}),
            ("12 industrial projects", "QUANTITY", Q(12, "project", "=", "projects")),
            ("$2.8 billion", "MONEY", Q(2.8e9, "USD", "=", "$")),
            ("Suez Canal Economic Zone (SCZone)", "FAC", {}),
            ("this month", "DATE", {}),
        ]),
        ("The golden licence, introduced by the Investment Law of 2017, replaces more than 70 separate permits with a "
         "single approval that must be issued within 20 working days.", [
            ("The golden licence", P, {}),
            ("Investment Law of 2017", "LAW", {}),
            ("more than 70 separate permits", "QUANTITY", Q(70, "permit", ">", "permits")),
            ("within 20 working days", "QUANTITY", Q(20, "working day", "<", "working days")),
        ]),
        ("The cabinet also extended to 2030 the cash incentive of up to 55% of the tax due for green hydrogen projects "
         "that start production within five years.", [
            ("2030", "DATE", {}),
            ("the cash incentive of up to 55% of the tax due for green hydrogen projects that start production within "
             "five years", P, {}),
            ("up to 55%", "PERCENT", Q(55, "percent", "<", "%")),
            ("within five years", "QUANTITY", Q(5, "year", "<", "years")),
        ]),
        ("Projects approved on Thursday include a $250 million polyester yarn plant by Chinese textile maker Hengyu "
         "Fibres in the Sokhna industrial zone, which is expected to employ about 2,000 people, and a 400-megawatt "
         "solar park in Benban, near Aswan.", [
            ("Thursday", "DATE", {}),
            ("$250 million", "MONEY", Q(250e6, "USD", "=", "$")),
            ("Chinese", "NORP", {}),
            ("Hengyu Fibres", "ORG", {}),
            ("Sokhna", "GPE", {}),
            ("about 2,000 people", "QUANTITY", Q(2000, "person", "~", "people")),
            ("400-megawatt", "QUANTITY", Q(400, "megawatt", "=", "megawatt")),
            ("Benban", "GPE", {}),
            ("Aswan", "GPE", {}),
        ]),
        ("Separately, the fuel pricing committee raised the price of 92-octane gasoline to 15.25 Egyptian pounds a "
         "litre from 13.75 pounds, and the price of diesel to 13.50 pounds a litre from 12.25 pounds, effective on "
         "Friday.", [
            ("the price of 92-octane gasoline", P, {}),
            ("15.25 Egyptian pounds a litre", "MONEY", Q(15.25, "EGP per litre", "=", "Egyptian pounds a litre")),
            ("13.75 pounds", "MONEY", Q(13.75, "EGP per litre", "=", "pounds")),
            ("the price of diesel", P, {}),
            ("13.50 pounds a litre", "MONEY", Q(13.5, "EGP per litre", "=", "pounds a litre")),
            ("12.25 pounds", "MONEY", Q(12.25, "EGP per litre", "=", "pounds")),
            ("Friday", "DATE", {}),
        ]),
        ("It also raised the price of a cooking gas cylinder by 50% to 150 pounds.", [
            ("the price of a cooking gas cylinder", P, {}),
            ("50%", "PERCENT", Q(50, "percent", "up", "%")),
            ("150 pounds", "MONEY", Q(150, "EGP", "=", "pounds")),
        ]),
        ("Bread sold on ration cards remains at 20 piastres a loaf.", [
            ("20 piastres a loaf", "MONEY", Q(0.2, "EGP per loaf", "=", "piastres a loaf")),
        ]),
        ("The committee meets every three months to review prices under a fuel indexation mechanism, which the "
         "government has pledged to use to bring fuel prices to cost-recovery levels by the end of next year.", [
            ("three months", "QUANTITY", Q(3, "month", "=", "months")),
            ("a fuel indexation mechanism", P, {}),
            ("the end of next year", "DATE", {}),
        ]),
        ("The central bank let the pound fall by almost 40% on March 6, to about 49.5 per dollar, and raised its "
         "overnight deposit rate by 600 basis points to 27.25%, clearing the way for an expanded $8 billion loan deal "
         "with the International Monetary Fund.", [
            ("almost 40%", "PERCENT", Q(40, "percent", "down", "%")),
            ("March 6", "DATE", {}),
            ("about 49.5 per dollar", "MONEY", Q(49.5, "EGP per USD", "~", "per dollar")),
            ("its overnight deposit rate", P, {}),
            ("600 basis points", "PERCENT", Q(6, "percentage_point", "up", "basis points")),
            ("27.25%", "PERCENT", Q(27.25, "percent", "=", "%")),
            ("$8 billion", "MONEY", Q(8e9, "USD", "=", "$")),
            ("International Monetary Fund", "ORG", {}),
        ]),
        ("At Ain Sokhna port, the Egyptian Customs Authority has cut average release times to two days from eight since "
         "it made its advance cargo information system mandatory for all sea shipments, requiring importers to "
         "register consignments at least 48 hours before loading.", [
            ("Ain Sokhna port", "FAC", {}),
            ("Egyptian Customs Authority", "ORG", {}),
            ("two days", "QUANTITY", Q(2, "day", "=", "days")),
            ("eight", "QUANTITY", Q(8, "day", "=", "days")),
            ("its advance cargo information system", P, {}),
            ("at least 48 hours", "QUANTITY", Q(48, "hour", ">", "hours")),
        ]),
        ("The golden licence is the first time I have had one door to knock on", [
            ("The golden licence", P, {}),
        ]),
        ('said Karim Fathy, managing director of Delta Agro Industries, which is building a $60 million tomato-paste '
         "plant in the zone.", [
            ("Karim Fathy", "PERSON", {}),
            ("Delta Agro Industries", "ORG", {}),
            ("$60 million", "MONEY", Q(60e6, "USD", "=", "$")),
        ]),
        ("Annual urban inflation stood at 35.7% in February.", [
            ("35.7%", "PERCENT", Q(35.7, "percent", "=", "%")),
            ("February", "DATE", {}),
        ]),
        ("The government aims to raise annual exports to $145 billion by 2030; they were about $40 billion last year.", [
            ("$145 billion", "MONEY", Q(145e9, "USD", "=", "$")),
            ("2030", "DATE", {}),
            ("about $40 billion", "MONEY", Q(40e9, "USD", "~", "$")),
            ("last year", "DATE", {}),
        ]),
    ],
    "k": [
        ("EU proposes to exempt small importers from carbon border levy", [
            ("EU", "ORG", {}),
            ("carbon border levy", P, {}),
        ]),
        ("BRUSSELS, Feb 26 (Continental Press) - The European Commission on Wednesday proposed to exempt importers that "
         "bring in less than 50 tonnes a year of steel, aluminium, cement, fertilisers and hydrogen from its carbon "
         "border levy, a change it says would take about 182,000 mostly small companies out of the system while "
         "keeping 99% of the covered emissions in it.", [
            ("BRUSSELS", "GPE", {}),
            ("Feb 26", "DATE", {}),
            ("Continental Press", "ORG", {}),
            ("European Commission", "ORG", {}),
            ("Wednesday", "DATE", {}),
            ("less than 50 tonnes a year", "QUANTITY", Q(50, "tonne per year", "<", "tonnes a year")),
            ("its carbon border levy", P, {}),
            ("about 182,000 mostly small companies", "QUANTITY", Q(182000, "company", "~", "companies")),
            ("the system", P, {}),
            ("99%", "PERCENT", Q(99, "percent", "=", "%")),
        ]),
        ("The Carbon Border Adjustment Mechanism (CBAM), set up by Regulation (EU) 2023/956, puts a price on the carbon "
         "emitted in making goods that enter the bloc, to match what European producers pay under the EU's emissions "
         "trading system.", [
            ("The Carbon Border Adjustment Mechanism (CBAM)", P, {}),
            ("Regulation (EU) 2023/956", "LAW", {}),
            ("European", "NORP", {}),
            (("EU", 1), "ORG", {}),
            ("emissions trading system", P, {}),
        ]),
        ("Its transitional phase, in which importers only report emissions, ends on Dec. 31.", [
            ("Dec. 31", "DATE", {}),
        ]),
        ("From Jan. 1, 2026, importers must buy certificates, at a price linked to the average weekly auction price of "
         "EU carbon allowances, currently around €70 per tonne of carbon dioxide.", [
            ("Jan. 1, 2026", "DATE", {}),
            ("EU", "ORG", {}),
            ("around €70 per tonne", "MONEY", Q(70, "EUR per tonne", "~", "€ per tonne")),
        ]),
        ("The Commission also proposed to push back the first sale of certificates by a year, to February 2027, and to "
         "let importers use default emission values for countries that do not publish reliable data.", [
            ("Commission", "ORG", {}),
            ("a year", "QUANTITY", Q(1, "year", "=", "year")),
            ("February 2027", "DATE", {}),
        ]),
        ("Fines for unreported emissions, now between €10 and €50 per tonne, would stay.", [
            ("Fines for unreported emissions", P, {}),
            ("between €10 and €50 per tonne", "MONEY", Q(10, "EUR per tonne", "=", "€ per tonne", value_max=50)),
        ]),
        ('Commissioner Marten Vos told a news conference.', [
            ("Marten Vos", "PERSON", {}),
        ]),
        ('The proposal is part of an "omnibus" package of simplification measures that the Commission has promised '
         "European businesses.", [
            ('an "omnibus" package of simplification measures', P, {}),
            ("Commission", "ORG", {}),
            ("European", "NORP", {}),
        ]),
        ("It needs the approval of the European Parliament and EU governments.", [
            ("European Parliament", "ORG", {}),
            ("EU", "ORG", {}),
        ]),
        ("India, whose steel and aluminium exports to the EU were worth about $7.4 billion last year, has called the "
         "levy a trade barrier and raised it at the World Trade Organization.", [
            ("India", "GPE", {}),
            ("EU", "ORG", {}),
            ("about $7.4 billion", "MONEY", Q(7.4e9, "USD", "~", "$")),
            ("last year", "DATE", {}),
            ("the levy", P, {}),
            ("World Trade Organization", "ORG", {}),
        ]),
        ("Turkish steelmaker Ege Çelik said it would switch two of its five furnaces to scrap-based production by "
         "2027 to cut emissions.", [
            ("Turkish", "NORP", {}),
            ("Ege Çelik", "ORG", {}),
            ("two", "QUANTITY", Q(2, "furnace", "=", "furnaces")),
            ("five furnaces", "QUANTITY", Q(5, "furnace", "=", "furnaces")),
            ("2027", "DATE", {}),
        ]),
        ("EU producers, meanwhile, will lose their free emission allowances gradually, by 2.5% in 2026 and 5% in 2027, "
         "until they disappear in 2034.", [
            ("EU", "ORG", {}),
            ("their free emission allowances", P, {}),
            ("2.5%", "PERCENT", Q(2.5, "percent", "down", "%")),
            ("2026", "DATE", {}),
            (("5%", 1), "PERCENT", Q(5, "percent", "down", "%")),
            ("2027", "DATE", {}),
            ("2034", "DATE", {}),
        ]),
        ("Steel association Eurometal estimates this could add €85 to the cost of a tonne of hot-rolled coil by the "
         "early 2030s.", [
            ("Eurometal", "ORG", {}),
            ("€85", "MONEY", Q(85, "EUR", "up", "€")),
            ("the early 2030s", "DATE", {}),
        ]),
        ("The Commission expects the mechanism to raise about €1.5 billion a year for the EU budget from 2028.", [
            ("Commission", "ORG", {}),
            ("the mechanism", P, {}),
            ("about €1.5 billion a year", "MONEY", Q(1.5e9, "EUR per year", "~", "€ a year")),
            ("EU", "ORG", {}),
            ("2028", "DATE", {}),
        ]),
    ],
    "l": [
        ("India cuts duty on phone parts, adds Rs 22,919 crore scheme for electronic components", [
            ("India", "GPE", {}),
            ("duty on phone parts", P, {}),
            ("Rs 22,919 crore scheme for electronic components", P, {}),
            ("Rs 22,919 crore", "MONEY", Q(229.19e9, "INR", "=", "Rs")),
        ]),
        ("NEW DELHI, Feb 1 — India will cut basic customs duty on mobile phones, chargers and printed circuit board "
         "assemblies to 15% from 20%, Finance Minister Anjali Mehra said in her budget speech on Thursday, as the "
         "government tries to turn the country into a hub for electronics exports.", [
            ("NEW DELHI", "GPE", {}),
            ("Feb 1", "DATE", {}),
            ("India", "GPE", {}),
            ("basic customs duty on mobile phones, chargers and printed circuit board assemblies", P, {}),
            ("15%", "PERCENT", Q(15, "percent", "=", "%")),
            ("20%", "PERCENT", Q(20, "percent", "=", "%")),
            ("Anjali Mehra", "PERSON", {}),
            ("Thursday", "DATE", {}),
        ]),
        ("Duties on lithium-ion cells for batteries, camera modules and connectors will be removed altogether.", [
            ("Duties on lithium-ion cells for batteries, camera modules and connectors", P, {}),
        ]),
        ("The changes take effect at midnight through an amendment to the Customs Tariff Act, 1975.", [
            ("Customs Tariff Act, 1975", "LAW", {}),
        ]),
        ("Mehra also announced a Rs 22,919 crore (about $2.7 billion) incentive scheme for makers of electronic "
         "components such as displays, resistors and multi-layer boards.", [
            ("Mehra", "PERSON", {}),
            ("a Rs 22,919 crore (about $2.7 billion) incentive scheme for makers of electronic components such as "
             "displays, resistors and multi-layer boards", P, {}),
            ("Rs 22,919 crore", "MONEY", Q(229.19e9, "INR", "=", "Rs")),
            ("about $2.7 billion", "MONEY", Q(2.7e9, "USD", "~", "$")),
        ]),
        ("Under the scheme, companies will receive between 1% and 10% of their incremental sales for six years, "
         "depending on the component, plus a capital subsidy of up to 25% for new plants.", [
            ("the scheme", P, {}),
            ("between 1% and 10%", "PERCENT", Q(1, "percent", "=", "%", value_max=10)),
            ("six years", "QUANTITY", Q(6, "year", "=", "years")),
            ("a capital subsidy of up to 25% for new plants", P, {}),
            ("up to 25%", "PERCENT", Q(25, "percent", "<", "%")),
        ]),
        ("It sits beside the production-linked incentive (PLI) scheme for large-scale electronics manufacturing, which "
         "pays smartphone assemblers 4% to 6% of incremental sales and has drawn investment of about ₹12,390 crore "
         "since 2020, according to the Ministry of Electronics and Information Technology.", [
            ("the production-linked incentive (PLI) scheme for large-scale electronics manufacturing", P, {}),
            ("4% to 6%", "PERCENT", Q(4, "percent", "=", "%", value_max=6)),
            ("about ₹12,390 crore", "MONEY", Q(123.9e9, "INR", "~", "₹")),
            ("2020", "DATE", {}),
            ("Ministry of Electronics and Information Technology", "ORG", {}),
        ]),
        ("The budget for 2024-25 sets total spending at Rs 48.2 lakh crore and projects a fiscal deficit of 4.9% of "
         "gross domestic product.", [
            ("The budget for 2024-25", P, {}),
            ("2024-25", "DATE", {}),
            ("Rs 48.2 lakh crore", "MONEY", Q(48.2e12, "INR", "=", "Rs")),
            ("4.9%", "PERCENT", Q(4.9, "percent", "=", "%")),
        ]),
        ("It extends by five years a 10-year tax holiday for units in GIFT City, the international financial services "
         "centre in Gujarat, and introduces an internship programme that will place 10 million young people aged 21 "
         "to 24 in the top 500 companies over five years, with a monthly stipend of Rs 5,000.", [
            (("five years", 0), "QUANTITY", Q(5, "year", "=", "years")),
            ("a 10-year tax holiday for units in GIFT City", P, {}),
            ("10-year", "QUANTITY", Q(10, "year", "=", "year")),
            ("GIFT City", "FAC", {}),
            ("Gujarat", "GPE", {}),
            ("an internship programme", P, {}),
            ("10 million young people", "QUANTITY", Q(10e6, "person", "=", "people")),
            ("aged 21 to 24", "QUANTITY", Q(21, "year of age", "=", "aged", value_max=24)),
            ("500 companies", "QUANTITY", Q(500, "company", "=", "companies")),
            (("five years", 1), "QUANTITY", Q(5, "year", "=", "years")),
            ("a monthly stipend of Rs 5,000", P, {}),
            ("Rs 5,000", "MONEY", Q(5000, "INR", "=", "Rs")),
        ]),
        ("India's mobile phone exports rose 42% to $15.6 billion in the fiscal year to March, with Apple's contract "
         "manufacturers accounting for about two-thirds of shipments.", [
            ("India", "GPE", {}),
            ("42%", "PERCENT", Q(42, "percent", "up", "%")),
            ("$15.6 billion", "MONEY", Q(15.6e9, "USD", "=", "$")),
            ("the fiscal year to March", "DATE", {}),
            ("Apple", "ORG", {}),
        ]),
        ("Taiwanese assembler Hon Chen Precision said it would add 14,000 jobs at its plant near Chennai over the next "
         "18 months.", [
            ("Taiwanese", "NORP", {}),
            ("Hon Chen Precision", "ORG", {}),
            ("14,000 jobs", "QUANTITY", Q(14000, "job", "=", "jobs")),
            ("Chennai", "GPE", {}),
            ("the next 18 months", "DATE", {}),
        ]),
        ('said Vivek Rao, president of the Electronics Makers Association of India.', [
            ("Vivek Rao", "PERSON", {}),
            ("Electronics Makers Association of India", "ORG", {}),
        ]),
        ("Industry groups had asked for duties on all components to be capped at 5%.", [
            ("5%", "PERCENT", Q(5, "percent", "=", "%")),
        ]),
        ("Mehra said the measures were part of the Make in India drive and the goal of a $500 billion electronics "
         "industry by 2030.", [
            ("Mehra", "PERSON", {}),
            ("the measures", P, {}),
            ("Make in India", "EVENT", {}),
            ("$500 billion", "MONEY", Q(500e9, "USD", "=", "$")),
            ("2030", "DATE", {}),
        ]),
        ("Shares of electronics maker Dixit Technologies Ltd rose 6.8% in Mumbai after the speech.", [
            ("Dixit Technologies Ltd", "ORG", {}),
            ("6.8%", "PERCENT", Q(6.8, "percent", "up", "%")),
            ("Mumbai", "GPE", {}),
        ]),
    ],
    "m": [
        ("Indonesia extends EV tax incentives, keeps tight rein on nickel ore output", [
            ("Indonesia", "GPE", {}),
            ("EV tax incentives", P, {}),
        ]),
        ("JAKARTA, Jan 15 — Indonesia will extend tax incentives for electric vehicles through 2025, letting buyers of "
         "locally made battery cars pay value-added tax of 2% instead of the standard 12%, the finance ministry said "
         "on Wednesday.", [
            ("JAKARTA", "GPE", {}),
            ("Jan 15", "DATE", {}),
            ("Indonesia", "GPE", {}),
            ("tax incentives for electric vehicles", P, {}),
            ("2025", "DATE", {}),
            ("value-added tax of 2%", P, {}),
            (("2%", 0), "PERCENT", Q(2, "percent", "=", "%")),
            ("12%", "PERCENT", Q(12, "percent", "=", "%")),
            ("Wednesday", "DATE", {}),
        ]),
        ("The incentive applies to cars and buses with a local content of at least 40%.", [
            ("The incentive", P, {}),
            ("at least 40%", "PERCENT", Q(40, "percent", ">", "%")),
        ]),
        ("Carmakers that commit to building plants in the country can also import fully built electric cars free of "
         "import duty and luxury tax until Dec. 31, provided they later produce as many cars locally as they "
         "import.", [
            ("Dec. 31", "DATE", {}),
        ]),
        ("Finance Minister Sri Wahyuni said the measures would cost the state about Rp 2.3 trillion ($141 million) in "
         "forgone revenue this year.", [
            ("Sri Wahyuni", "PERSON", {}),
            ("the measures", P, {}),
            ("about Rp 2.3 trillion", "MONEY", Q(2.3e12, "IDR", "~", "Rp")),
            ("$141 million", "MONEY", Q(141e6, "USD", "=", "$")),
            ("this year", "DATE", {}),
        ]),
        ('she told reporters in Jakarta.', [
            ("Jakarta", "GPE", {}),
        ]),
        ("Sales of battery electric cars more than tripled to 43,188 units last year, according to the Indonesian "
         "Automotive Industry Association (Gaikindo), with Chinese brands taking about 70% of the market.", [
            ("43,188 units", "QUANTITY", Q(43188, "unit", "=", "units")),
            ("last year", "DATE", {}),
            ("Indonesian Automotive Industry Association (Gaikindo)", "ORG", {}),
            ("Chinese", "NORP", {}),
            ("about 70%", "PERCENT", Q(70, "percent", "~", "%")),
        ]),
        ("The cheapest model, the Garuda Mini EV, sells for around 190 million rupiah.", [
            ("Garuda Mini EV", "PRODUCT", {}),
            ("around 190 million rupiah", "MONEY", Q(190e6, "IDR", "~", "rupiah")),
        ]),
        ("The Ministry of Energy and Mineral Resources, meanwhile, approved nickel ore mining quotas of 240 million "
         "tonnes for this year, slightly above last year's output but well below what miners requested.", [
            ("Ministry of Energy and Mineral Resources", "ORG", {}),
            ("nickel ore mining quotas of 240 million tonnes for this year", P, {}),
            ("240 million tonnes", "QUANTITY", Q(240e6, "tonne", "=", "tonnes")),
            ("this year", "DATE", {}),
            ("last year", "DATE", {}),
        ]),
        ("The ministry will now review quotas every year instead of every three years.", [
            ("three years", "QUANTITY", Q(3, "year", "=", "years")),
        ]),
        ("Indonesia banned exports of nickel ore in 2020 to force companies to process it at home, and the policy has "
         "drawn more than $30 billion into smelters, most of them at the Indonesia Morowali Industrial Park (IMIP) in "
         "Central Sulawesi.", [
            (("Indonesia", 0), "GPE", {}),
            ("2020", "DATE", {}),
            ("the policy", P, {}),
            ("more than $30 billion", "MONEY", Q(30e9, "USD", ">", "$")),
            ("Indonesia Morowali Industrial Park (IMIP)", "FAC", {}),
            ("Central Sulawesi", "GPE", {}),
        ]),
        ("Investors in downstream processing worth more than 500 billion rupiah can claim a corporate income tax "
         "holiday of up to 20 years.", [
            ("more than 500 billion rupiah", "MONEY", Q(500e9, "IDR", ">", "rupiah")),
            ("a corporate income tax holiday of up to 20 years", P, {}),
            ("up to 20 years", "QUANTITY", Q(20, "year", "<", "years")),
        ]),
        ("The country produced about 1.8 million tonnes of nickel last year, roughly half of global supply, and nickel "
         "prices have fallen below $16,000 a tonne on the London Metal Exchange.", [
            ("about 1.8 million tonnes", "QUANTITY", Q(1.8e6, "tonne", "~", "tonnes")),
            ("last year", "DATE", {}),
            ("below $16,000 a tonne", "MONEY", Q(16000, "USD per tonne", "<", "$ a tonne")),
            ("London Metal Exchange", "ORG", {}),
        ]),
        ("South Korean battery maker Hanul Energy said it would delay the second phase of its $1.1 billion cell "
         "plant in Karawang, West Java, which would raise capacity to 20 GWh a year from 10 GWh, citing weak demand "
         "in Europe.", [
            ("South Korean", "NORP", {}),
            ("Hanul Energy", "ORG", {}),
            ("$1.1 billion", "MONEY", Q(1.1e9, "USD", "=", "$")),
            ("Karawang", "GPE", {}),
            ("West Java", "GPE", {}),
            ("20 GWh a year", "QUANTITY", Q(20, "gigawatt-hour per year", "=", "GWh a year")),
            ("10 GWh", "QUANTITY", Q(10, "gigawatt-hour per year", "=", "GWh")),
            ("Europe", "LOC", {}),
        ]),
        ('"The tax breaks bring assemblers, but the battery chain needs buyers," said Fitri Handayani, an economist at '
         "the Jakarta-based Center for Industrial Policy Studies.", [
            ("The tax breaks", P, {}),
            ("Fitri Handayani", "PERSON", {}),
            ("Jakarta", "GPE", {}),
            ("Center for Industrial Policy Studies", "ORG", {}),
        ]),
        ("She expects domestic EV sales of 60,000 to 70,000 units this year.", [
            ("60,000 to 70,000 units", "QUANTITY", Q(60000, "unit", "=", "units", value_max=70000)),
            ("this year", "DATE", {}),
        ]),
    ],
    "n": [
        ("Chile sets lithium royalty scale, opens 26 salt flats to private bids", [
            ("Chile", "GPE", {}),
            ("lithium royalty scale", P, {}),
            ("26 salt flats", "QUANTITY", Q(26, "salt flat", "=", "salt flats")),
        ]),
        ("SANTIAGO, Sept 4 - Chile's government on Monday published the terms under which private companies can bid for "
         "lithium projects in 26 salt flats, part of a national lithium strategy that keeps the two largest deposits "
         "under state control.", [
            ("SANTIAGO", "GPE", {}),
            ("Sept 4", "DATE", {}),
            ("Chile", "GPE", {}),
            ("Monday", "DATE", {}),
            ("26 salt flats", "QUANTITY", Q(26, "salt flat", "=", "salt flats")),
            ("a national lithium strategy", P, {}),
            ("two largest deposits", "QUANTITY", Q(2, "deposit", "=", "deposits")),
        ]),
        ("Winning bidders will sign special lithium operating contracts (CEOL) of up to 30 years and pay a sliding "
         "royalty of between 6.8% and 40% of sales, depending on the price of lithium carbonate, Mining Minister "
         "Aurora Villalobos told a news conference at the presidential palace.", [
            ("special lithium operating contracts (CEOL) of up to 30 years", P, {}),
            ("up to 30 years", "QUANTITY", Q(30, "year", "<", "years")),
            ("a sliding royalty of between 6.8% and 40% of sales", P, {}),
            ("between 6.8% and 40%", "PERCENT", Q(6.8, "percent", "=", "%", value_max=40)),
            ("Aurora Villalobos", "PERSON", {}),
        ]),
        ("The Salar de Atacama and Salar de Maricunga, which hold most of the country's reserves, are reserved for "
         "joint ventures in which state-owned Codelco or Enami will hold at least 51%.", [
            ("Salar de Atacama", "LOC", {}),
            ("Salar de Maricunga", "LOC", {}),
            ("Codelco", "ORG", {}),
            ("Enami", "ORG", {}),
            ("at least 51%", "PERCENT", Q(51, "percent", ">", "%")),
        ]),
        ("Codelco's partnership with SQM in the Atacama runs from 2031 to 2060.", [
            ("Codelco", "ORG", {}),
            ("SQM", "ORG", {}),
            ("Atacama", "LOC", {}),
            ("2031 to 2060", "DATE", {}),
        ]),
        ("Production development agency Corfo will also offer a preferential price on up to 25% of the lithium from its "
         "Atacama leases for companies that process it into battery materials in Chile, and plans a technology "
         "institute in Antofagasta with a budget of $100 million over 10 years.", [
            ("Corfo", "ORG", {}),
            ("a preferential price on up to 25% of the lithium from its Atacama leases for companies that process it "
             "into battery materials in Chile", P, {}),
            ("up to 25%", "PERCENT", Q(25, "percent", "<", "%")),
            ("Atacama", "LOC", {}),
            ("Chile", "GPE", {}),
            ("Antofagasta", "GPE", {}),
            ("$100 million", "MONEY", Q(100e6, "USD", "=", "$")),
            ("10 years", "QUANTITY", Q(10, "year", "=", "years")),
        ]),
        ("Lithium carbonate prices have slumped about 80% from their peak in late 2022 to roughly $10,500 per tonne, "
         "prompting some developers to slow projects.", [
            ("about 80%", "PERCENT", Q(80, "percent", "down", "%")),
            ("late 2022", "DATE", {}),
            ("roughly $10,500 per tonne", "MONEY", Q(10500, "USD per tonne", "~", "$ per tonne")),
        ]),
        ("Australian miner Salt Lake Minerals said it would keep drilling at its project in the Pedernales salt flat, "
         "3,350 metres above sea level, but would not decide on a plant before 2026.", [
            ("Australian", "NORP", {}),
            ("Salt Lake Minerals", "ORG", {}),
            ("Pedernales", "LOC", {}),
            ("3,350 metres", "QUANTITY", Q(3350, "metre", "=", "metres")),
            ("2026", "DATE", {}),
        ]),
        ("Chile produced about 44,000 tonnes of lithium in 2023, roughly a quarter of world output, and lithium exports "
         "reached $7.9 billion.", [
            ("Chile", "GPE", {}),
            ("about 44,000 tonnes", "QUANTITY", Q(44000, "tonne", "~", "tonnes")),
            ("2023", "DATE", {}),
            ("$7.9 billion", "MONEY", Q(7.9e9, "USD", "=", "$")),
        ]),
        ("Copper, which still makes up about half of exports, traded at $4.12 a pound in New York on Monday.", [
            ("$4.12 a pound", "MONEY", Q(4.12, "USD per pound", "=", "$ a pound")),
            ("New York", "GPE", {}),
            ("Monday", "DATE", {}),
        ]),
        ("Environmental groups criticised the plan, saying evaporation ponds in the Atacama already pump about 2,000 "
         "litres per second of brine and threaten flamingo habitats.", [
            ("the plan", P, {}),
            ("Atacama", "LOC", {}),
            ("about 2,000 litres per second", "QUANTITY", Q(2000, "litre per second", "~", "litres per second")),
        ]),
        ("Communities in the Atacama will receive 3.5% of the royalties, and an indigenous consultation process will "
         "open in the next 60 days.", [
            ("Atacama", "LOC", {}),
            ("3.5%", "PERCENT", Q(3.5, "percent", "=", "%")),
            ("the royalties", P, {}),
            ("an indigenous consultation process", P, {}),
            ("the next 60 days", "DATE", {}),
        ]),
        ("The strategy's goal is to double Chile's output by 2030", [
            ("The strategy", P, {}),
            ("Chile", "GPE", {}),
            ("2030", "DATE", {}),
        ]),
        ("Bids for the first six salt flats are due by Jan. 15, and the results will be presented at the Exponor mining "
         "fair in Antofagasta in June.", [
            ("six salt flats", "QUANTITY", Q(6, "salt flat", "=", "salt flats")),
            ("Jan. 15", "DATE", {}),
            ("Exponor", "EVENT", {}),
            ("Antofagasta", "GPE", {}),
            ("June", "DATE", {}),
        ]),
    ],
    "o": [
        ("Türkiye slaps extra 40% duty on Chinese cars, widens cheap export credit", [
            ("Türkiye", "GPE", {}),
            ("extra 40% duty on Chinese cars", P, {}),
            ("40%", "PERCENT", Q(40, "percent", "=", "%")),
            ("Chinese", "NORP", {}),
            ("cheap export credit", P, {}),
        ]),
        ("ANKARA, June 8 — Türkiye will impose an additional 40% customs duty on passenger cars imported from China "
         "from July 7, with the levy set at no less than $7,000 per vehicle, under a presidential decision published "
         "in the Official Gazette on Saturday.", [
            ("ANKARA", "GPE", {}),
            ("June 8", "DATE", {}),
            ("Türkiye", "GPE", {}),
            ("an additional 40% customs duty on passenger cars imported from China", P, {}),
            ("40%", "PERCENT", Q(40, "percent", "=", "%")),
            ("China", "GPE", {}),
            ("July 7", "DATE", {}),
            ("the levy", P, {}),
            ("no less than $7,000 per vehicle", "MONEY", Q(7000, "USD per vehicle", ">", "$ per vehicle")),
            ("Official Gazette", "ORG", {}),
            ("Saturday", "DATE", {}),
        ]),
        ("Cars made by companies that have invested in Türkiye under the state investment incentive system will be "
         "exempt, the Trade Ministry said, a provision that officials said was aimed at Chinese manufacturers "
         "considering local plants.", [
            ("Türkiye", "GPE", {}),
            ("the state investment incentive system", P, {}),
            ("Trade Ministry", "ORG", {}),
            ("Chinese", "NORP", {}),
        ]),
        ("Imports of Chinese-made passenger cars rose to about 146,000 last year from 18,000 in 2022, taking roughly "
         "14% of the Turkish market, according to the Automotive Distributors' and Mobility Association (ODMD).", [
            ("Chinese", "NORP", {}),
            ("about 146,000", "QUANTITY", Q(146000, "passenger car", "~", "passenger cars")),
            ("last year", "DATE", {}),
            ("18,000", "QUANTITY", Q(18000, "passenger car", "=", "passenger cars")),
            ("2022", "DATE", {}),
            ("roughly 14%", "PERCENT", Q(14, "percent", "~", "%")),
            ("Turkish", "NORP", {}),
            ("Automotive Distributors' and Mobility Association (ODMD)", "ORG", {}),
        ]),
        ("Electric cars from China already face an additional duty of 40% introduced in 2023.", [
            ("China", "GPE", {}),
            ("an additional duty of 40%", P, {}),
            ("40%", "PERCENT", Q(40, "percent", "=", "%")),
            ("2023", "DATE", {}),
        ]),
        ("Trade Minister Kemal Ersoy said.", [
            ("Kemal Ersoy", "PERSON", {}),
        ]),
        ("Separately, the ministry said state-owned Türk Eximbank would offer small and medium-sized exporters loans of "
         "up to 5 million lira each at an interest rate of 30%, well below the central bank's 50% policy rate, and "
         "would extend the maximum term of rediscount credits to 360 days from 240 days.", [
            ("Türk Eximbank", "ORG", {}),
            ("loans of up to 5 million lira each at an interest rate of 30%", P, {}),
            ("up to 5 million lira", "MONEY", Q(5e6, "TRY", "<", "lira")),
            ("30%", "PERCENT", Q(30, "percent", "=", "%")),
            ("50% policy rate", P, {}),
            ("50%", "PERCENT", Q(50, "percent", "=", "%")),
            ("the maximum term of rediscount credits", P, {}),
            ("360 days", "QUANTITY", Q(360, "day", "=", "days")),
            ("240 days", "QUANTITY", Q(240, "day", "=", "days")),
        ]),
        ("The central bank has kept its one-week repo rate at 50% since March, and annual consumer price inflation "
         "reached 75.45% in May.", [
            ("its one-week repo rate", P, {}),
            ("one-week", "QUANTITY", Q(1, "week", "=", "week")),
            ("50%", "PERCENT", Q(50, "percent", "=", "%")),
            ("March", "DATE", {}),
            ("75.45%", "PERCENT", Q(75.45, "percent", "=", "%")),
            ("May", "DATE", {}),
        ]),
        ("The lira has lost about 8% against the dollar this year and traded at around 32.3 per dollar on Friday.", [
            ("about 8%", "PERCENT", Q(8, "percent", "down", "%")),
            ("this year", "DATE", {}),
            ("around 32.3 per dollar", "MONEY", Q(32.3, "TRY per USD", "~", "per dollar")),
            ("Friday", "DATE", {}),
        ]),
        ("Textile exports fell 9.6% to $7.2 billion in the first five months, and the Istanbul Textile and Apparel "
         "Exporters' Association (ITHIB) estimates that about 120,000 jobs have been lost in the sector since the "
         "start of last year.", [
            ("9.6%", "PERCENT", Q(9.6, "percent", "down", "%")),
            ("$7.2 billion", "MONEY", Q(7.2e9, "USD", "=", "$")),
            ("the first five months", "DATE", {}),
            ("Istanbul Textile and Apparel Exporters' Association (ITHIB)", "ORG", {}),
            ("about 120,000 jobs", "QUANTITY", Q(120000, "job", "~", "jobs")),
            ("the start of last year", "DATE", {}),
        ]),
        ("Automaker Anadolu Motor, which builds the Kartal E5 electric SUV in Bursa, welcomed the duty.", [
            ("Anadolu Motor", "ORG", {}),
            ("Kartal E5", "PRODUCT", {}),
            ("Bursa", "GPE", {}),
            ("the duty", P, {}),
        ]),
        ("The company plans to raise output to 85,000 cars next year from about 60,000, chief executive Selin Aydın "
         "said.", [
            ("85,000 cars", "QUANTITY", Q(85000, "car", "=", "cars")),
            ("next year", "DATE", {}),
            ("about 60,000", "QUANTITY", Q(60000, "car", "~", "cars")),
            ("Selin Aydın", "PERSON", {}),
        ]),
        ("Chinese carmaker Hualong Auto agreed last year to build a $1 billion plant in Manisa with capacity for "
         "150,000 vehicles a year and about 5,000 employees.", [
            ("Chinese", "NORP", {}),
            ("Hualong Auto", "ORG", {}),
            ("last year", "DATE", {}),
            ("$1 billion", "MONEY", Q(1e9, "USD", "=", "$")),
            ("Manisa", "GPE", {}),
            ("150,000 vehicles a year", "QUANTITY", Q(150000, "vehicle per year", "=", "vehicles a year")),
            ("about 5,000 employees", "QUANTITY", Q(5000, "employee", "~", "employees")),
        ]),
        ("Production is due to start by the end of 2026.", [
            ("the end of 2026", "DATE", {}),
        ]),
        ("Fuel prices will also rise after the government raised the special consumption tax on gasoline and diesel by "
         "2.25 lira per litre, effective Sunday.", [
            ("the special consumption tax on gasoline and diesel", P, {}),
            ("2.25 lira per litre", "MONEY", Q(2.25, "TRY per litre", "up", "lira per litre")),
            ("Sunday", "DATE", {}),
        ]),
    ],
    "p": [
        ("Pakistan budget ends exporters' flat tax, cuts power tariff for industry", [
            ("Pakistan", "GPE", {}),
            ("budget", P, {}),
            ("exporters' flat tax", P, {}),
            ("power tariff for industry", P, {}),
        ]),
        ("ISLAMABAD, June 13 — Pakistan's government on Wednesday unveiled an 18.9 trillion rupee ($68 billion) budget "
         "for the fiscal year starting July 1 that scraps the 1% final tax regime for exporters and brings them under "
         "the normal income tax rules, as Islamabad seeks a new loan from the International Monetary Fund.", [
            ("ISLAMABAD", "GPE", {}),
            ("June 13", "DATE", {}),
            ("Pakistan", "GPE", {}),
            ("Wednesday", "DATE", {}),
            ("an 18.9 trillion rupee ($68 billion) budget for the fiscal year starting July 1", P, {}),
            ("18.9 trillion rupee", "MONEY", Q(18.9e12, "PKR", "=", "rupee")),
            ("$68 billion", "MONEY", Q(68e9, "USD", "=", "$")),
            ("the fiscal year starting July 1", "DATE", {}),
            ("the 1% final tax regime for exporters", P, {}),
            ("1%", "PERCENT", Q(1, "percent", "=", "%")),
            ("the normal income tax rules", P, {}),
            ("Islamabad", "GPE", {}),
            ("International Monetary Fund", "ORG", {}),
        ]),
        ("Under the Finance Bill 2024, exporters will pay a 1% advance tax on export proceeds plus corporate income tax "
         "at the standard rate of 29%, Finance Minister Tariq Hameed told the National Assembly.", [
            ("Finance Bill 2024", "LAW", {}),
            ("a 1% advance tax on export proceeds", P, {}),
            ("1%", "PERCENT", Q(1, "percent", "=", "%")),
            ("corporate income tax at the standard rate of 29%", P, {}),
            ("29%", "PERCENT", Q(29, "percent", "=", "%")),
            ("Tariq Hameed", "PERSON", {}),
            ("National Assembly", "ORG", {}),
        ]),
        ("Sales tax on a range of goods, including packaged milk, stationery and mobile phones, will rise to 18%.", [
            ("Sales tax on a range of goods", P, {}),
            ("18%", "PERCENT", Q(18, "percent", "=", "%")),
        ]),
        ("The budget targets tax revenue of Rs12.97 trillion, up about 40% from this year, and a fiscal deficit of 5.9% "
         "of gross domestic product.", [
            ("The budget", P, {}),
            ("Rs12.97 trillion", "MONEY", Q(12.97e12, "PKR", "=", "Rs")),
            ("about 40%", "PERCENT", Q(40, "percent", "up", "%")),
            ("this year", "DATE", {}),
            ("5.9%", "PERCENT", Q(5.9, "percent", "=", "%")),
        ]),
        ("In a measure welcomed by industry, the government said it would cut the electricity tariff for industrial "
         "users by Rs10.69 per kilowatt-hour from July, to about Rs38.69, by removing cross-subsidies that industry "
         "pays for households.", [
            ("a measure", P, {}),
            ("the electricity tariff for industrial users", P, {}),
            ("Rs10.69 per kilowatt-hour", "MONEY", Q(10.69, "PKR per kilowatt-hour", "down", "Rs per kilowatt-hour")),
            ("July", "DATE", {}),
            ("about Rs38.69", "MONEY", Q(38.69, "PKR per kilowatt-hour", "~", "Rs")),
            ("cross-subsidies", P, {}),
        ]),
        ("The National Electric Power Regulatory Authority (NEPRA) must still approve the change.", [
            ("National Electric Power Regulatory Authority (NEPRA)", "ORG", {}),
        ]),
        ("Companies in special technology zones will keep a 10-year income tax exemption, and a new export facilitation "
         "scheme will let manufacturers import raw materials free of duty against export orders, with the bank "
         "guarantee requirement reduced to 25% of the duty.", [
            ("a 10-year income tax exemption", P, {}),
            ("10-year", "QUANTITY", Q(10, "year", "=", "year")),
            ("a new export facilitation scheme", P, {}),
            ("the bank guarantee requirement", P, {}),
            ("25%", "PERCENT", Q(25, "percent", "=", "%")),
        ]),
        ('"The flat tax was the only thing that made our numbers work," said Faisal Rehman, a board member of the All '
         "Pakistan Textile Mills Association (APTMA), who runs a spinning mill with 40,000 spindles near "
         "Faisalabad.", [
            ("The flat tax", P, {}),
            ("Faisal Rehman", "PERSON", {}),
            ("All Pakistan Textile Mills Association (APTMA)", "ORG", {}),
            ("40,000 spindles", "QUANTITY", Q(40000, "spindle", "=", "spindles")),
            ("Faisalabad", "GPE", {}),
        ]),
        ("Textile and clothing exports, which make up about 60% of the country's total, were $16.7 billion in the 11 "
         "months to May.", [
            ("about 60%", "PERCENT", Q(60, "percent", "~", "%")),
            ("$16.7 billion", "MONEY", Q(16.7e9, "USD", "=", "$")),
            ("the 11 months to May", "DATE", {}),
        ]),
        ("Economists said the budget was designed to satisfy the IMF, which has asked Pakistan to widen its tax base "
         "beyond the roughly 3 million people who file returns, in a country of 240 million.", [
            ("the budget", P, {}),
            ("IMF", "ORG", {}),
            ("Pakistan", "GPE", {}),
            ("roughly 3 million people", "QUANTITY", Q(3e6, "person", "~", "people")),
            ("240 million", "QUANTITY", Q(240e6, "person", "=", "people")),
        ]),
        ("The government also plans to raise petroleum levy to a maximum of Rs80 per litre from Rs60 and to give the "
         "Benazir Income Support Programme (BISP), its main cash-transfer scheme for poor families, an allocation of "
         "Rs593 billion, up 27%.", [
            ("petroleum levy", P, {}),
            ("a maximum of Rs80 per litre", "MONEY", Q(80, "PKR per litre", "<", "Rs per litre")),
            ("Rs60", "MONEY", Q(60, "PKR per litre", "=", "Rs")),
            ("the Benazir Income Support Programme (BISP)", P, {}),
            ("its main cash-transfer scheme for poor families", P, {}),
            ("Rs593 billion", "MONEY", Q(593e9, "PKR", "=", "Rs")),
            ("27%", "PERCENT", Q(27, "percent", "up", "%")),
        ]),
        ("The State Bank of Pakistan cut its policy rate by 150 basis points to 20.5% on Monday, its first cut in four "
         "years.", [
            ("State Bank of Pakistan", "ORG", {}),
            ("its policy rate", P, {}),
            ("150 basis points", "PERCENT", Q(1.5, "percentage_point", "down", "basis points")),
            ("20.5%", "PERCENT", Q(20.5, "percent", "=", "%")),
            ("Monday", "DATE", {}),
            ("four years", "DATE", {}),
        ]),
        ("Shares on the Pakistan Stock Exchange fell 1.7% on Thursday as investors digested the tax changes.", [
            ("Pakistan Stock Exchange", "ORG", {}),
            ("1.7%", "PERCENT", Q(1.7, "percent", "down", "%")),
            ("Thursday", "DATE", {}),
        ]),
    ],
    "q": [
        ("Hainan to start island-wide special customs operations on Dec 18", [
            ("Hainan", "GPE", {}),
            ("island-wide special customs operations", P, {}),
            ("Dec 18", "DATE", {}),
        ]),
        ("HAIKOU, July 24 — The Hainan Free Trade Port will launch island-wide special customs operations on Dec 18, "
         "officials said at a press conference in Beijing on Wednesday, after which goods will move freely between "
         "the island and overseas while shipments to the Chinese mainland will be checked at designated ports.", [
            ("HAIKOU", "GPE", {}),
            ("July 24", "DATE", {}),
            ("Hainan Free Trade Port", "FAC", {}),
            ("island-wide special customs operations", P, {}),
            ("Dec 18", "DATE", {}),
            ("Beijing", "GPE", {}),
            ("Wednesday", "DATE", {}),
            ("Chinese", "NORP", {}),
        ]),
        ("Under the new arrangement, the share of tariff lines on the zero-tariff list for imports will rise to 74% "
         "from 21%, covering about 6,600 items, Wang Lihua, vice-governor of Hainan province, told reporters.", [
            ("the new arrangement", P, {}),
            ("the zero-tariff list for imports", P, {}),
            ("74%", "PERCENT", Q(74, "percent", "=", "%")),
            ("21%", "PERCENT", Q(21, "percent", "=", "%")),
            ("about 6,600 items", "QUANTITY", Q(6600, "item", "~", "items")),
            ("Wang Lihua", "PERSON", {}),
            ("Hainan", "GPE", {}),
        ]),
        ("Processed goods that gain at least 30% in value on the island can be sold to the mainland free of import "
         "duty.", [
            ("at least 30%", "PERCENT", Q(30, "percent", ">", "%")),
        ]),
        ("Eligible companies in encouraged industries will continue to pay corporate income tax at a reduced rate of "
         "15%, against the national 25%, and high-end and urgently needed professionals will benefit from a 15% cap "
         "on personal income tax.", [
            ("corporate income tax at a reduced rate of 15%", P, {}),
            (("15%", 0), "PERCENT", Q(15, "percent", "=", "%")),
            ("25%", "PERCENT", Q(25, "percent", "=", "%")),
            ("a 15% cap on personal income tax", P, {}),
            (("15%", 1), "PERCENT", Q(15, "percent", "=", "%")),
        ]),
        ("The central government will also keep the annual duty-free shopping quota for visitors at 100,000 yuan per "
         "person.", [
            ("the annual duty-free shopping quota for visitors", P, {}),
            ("100,000 yuan per person", "MONEY", Q(100000, "CNY per person", "=", "yuan per person")),
        ]),
        ('The General Administration of Customs (GAC) said goods leaving for the mainland would go through electronic '
         'declaration and risk-based inspection at 10 "second-line" checkpoints, the largest of them at Haikou Xinhai '
         "Port and Yangpu International Container Port.", [
            ("General Administration of Customs (GAC)", "ORG", {}),
            ('electronic declaration and risk-based inspection at 10 "second-line" checkpoints', P, {}),
            ('10 "second-line" checkpoints', "QUANTITY", Q(10, "checkpoint", "=", "checkpoints")),
            ("Haikou Xinhai Port", "FAC", {}),
            ("Yangpu International Container Port", "FAC", {}),
        ]),
        ("The procedure has been tested at the Yangpu Economic Development Zone since 2020.", [
            ("The procedure", P, {}),
            ("Yangpu Economic Development Zone", "FAC", {}),
            ("2020", "DATE", {}),
        ]),
        ("has been the principle of the port's customs model since the Hainan Free Trade Port Law took effect in June "
         "2021.", [
            ("Hainan Free Trade Port Law", "LAW", {}),
            ("June 2021", "DATE", {}),
        ]),
        ("Hainan's foreign trade grew 15.7% year-on-year to 277.6 billion yuan last year, while offshore duty-free "
         "sales reached 43.7 billion yuan, down about 30% from their 2021 peak.", [
            ("Hainan", "GPE", {}),
            ("15.7%", "PERCENT", Q(15.7, "percent", "up", "%")),
            ("277.6 billion yuan", "MONEY", Q(277.6e9, "CNY", "=", "yuan")),
            ("last year", "DATE", {}),
            ("43.7 billion yuan", "MONEY", Q(43.7e9, "CNY", "=", "yuan")),
            ("about 30%", "PERCENT", Q(30, "percent", "down", "%")),
            ("2021", "DATE", {}),
        ]),
        ("The province aims to lift annual foreign trade above 500 billion yuan by 2027.", [
            ("above 500 billion yuan", "MONEY", Q(500e9, "CNY", ">", "yuan")),
            ("2027", "DATE", {}),
        ]),
        ("Shanghai-based cosmetics group Meiyan said it would move its Asia-Pacific distribution centre to Yangpu and "
         "hire about 300 people, while Danish shipping company Nordhav Lines plans to add a weekly container service "
         "between Yangpu and Singapore with ships of up to 4,000 twenty-foot equivalent units (TEUs).", [
            ("Shanghai", "GPE", {}),
            ("Meiyan", "ORG", {}),
            ("Asia-Pacific", "LOC", {}),
            (("Yangpu", 0), "GPE", {}),
            ("about 300 people", "QUANTITY", Q(300, "person", "~", "people")),
            ("Danish", "NORP", {}),
            ("Nordhav Lines", "ORG", {}),
            (("Yangpu", 1), "GPE", {}),
            ("Singapore", "GPE", {}),
            ("up to 4,000 twenty-foot equivalent units", "QUANTITY",
             Q(4000, "twenty-foot equivalent unit", "<", "twenty-foot equivalent units")),
        ]),
        ("Visitors to the China International Consumer Products Expo, held in Haikou each spring, rose to 320,000 this "
         "year.", [
            ("China International Consumer Products Expo", "EVENT", {}),
            ("Haikou", "GPE", {}),
            ("320,000", "QUANTITY", Q(320000, "visitor", "=", "Visitors")),
            ("this year", "DATE", {}),
        ]),
        ('"For exporters, the hope is that Hainan becomes a processing base, not just a shopping mall," said Li '
         "Xiaoming, who runs a seafood processing plant in Wenchang.", [
            ("Hainan", "GPE", {}),
            ("Li Xiaoming", "PERSON", {}),
            ("Wenchang", "GPE", {}),
        ]),
        ("Shipping costs, he noted, are still about 20% higher than in Guangdong.", [
            ("about 20%", "PERCENT", Q(20, "percent", "~", "%")),
            ("Guangdong", "GPE", {}),
        ]),
    ],
    "r": [
        ("Yunnan offers 3,000-yuan container subsidy to lift cold-chain trade on China-Laos Railway", [
            ("Yunnan", "GPE", {}),
            ("3,000-yuan container subsidy to lift cold-chain trade on China-Laos Railway", P, {}),
            ("3,000-yuan", "MONEY", Q(3000, "CNY", "=", "yuan")),
            ("China-Laos Railway", "FAC", {}),
        ]),
        ("KUNMING, Nov 20 — Yunnan province will pay logistics companies 3,000 yuan per container for refrigerated "
         "trains that bring fruit and other fresh produce from Laos and Thailand into China on the China-Laos "
         "Railway, the provincial commerce department said on Tuesday.", [
            ("KUNMING", "GPE", {}),
            ("Nov 20", "DATE", {}),
            ("Yunnan", "GPE", {}),
            ("3,000 yuan per container", "MONEY", Q(3000, "CNY per container", "=", "yuan per container")),
            (("Laos", 0), "GPE", {}),
            ("Thailand", "GPE", {}),
            (("China", 0), "GPE", {}),
            ("China-Laos Railway", "FAC", {}),
            ("Tuesday", "DATE", {}),
        ]),
        ("The subsidy, part of a package of 12 measures to expand trade with Southeast Asia, applies to trains of at "
         "least 20 reefer containers and runs until the end of next year.", [
            ("The subsidy", P, {}),
            ("a package of 12 measures to expand trade with Southeast Asia", P, {}),
            ("12 measures", "QUANTITY", Q(12, "measure", "=", "measures")),
            ("Southeast Asia", "LOC", {}),
            ("at least 20 reefer containers", "QUANTITY", Q(20, "reefer container", ">", "reefer containers")),
            ("the end of next year", "DATE", {}),
        ]),
        ("Trains carrying frozen goods, which must be kept at minus 18 degrees Celsius or below, will receive an extra "
         "1,000 yuan per container.", [
            ("minus 18 degrees Celsius or below", "QUANTITY", Q(-18, "degree Celsius", "<", "degrees Celsius")),
            ("1,000 yuan per container", "MONEY", Q(1000, "CNY per container", "=", "yuan per container")),
        ]),
        ("At the Mohan railway port on the border with Laos, Kunming Customs will introduce appointment-based "
         "inspection for fresh fruit and green lanes for perishable goods, and will recognise quarantine results "
         "issued by Lao authorities for 14 types of produce under a mutual recognition agreement signed in "
         "September.", [
            ("Mohan railway port", "FAC", {}),
            ("Laos", "GPE", {}),
            ("Kunming Customs", "ORG", {}),
            ("appointment-based inspection for fresh fruit", P, {}),
            ("green lanes for perishable goods", P, {}),
            (("Lao", 1), "NORP", {}),
            ("14 types", "QUANTITY", Q(14, "type", "=", "types")),
            ("a mutual recognition agreement", P, {}),
            ("September", "DATE", {}),
        ]),
        ("Officials said clearance for a fruit train would be cut to under 3 hours.", [
            ("under 3 hours", "QUANTITY", Q(3, "hour", "<", "hours")),
        ]),
        ("The measures also include a cap on port handling charges at Mohan of 800 yuan per container, a pilot for "
         "settling cross-border trade in kip and yuan at banks in Xishuangbanna, and interest subsidies of up to 50% "
         "on loans for cold-storage projects in border towns.", [
            ("The measures", P, {}),
            ("a cap on port handling charges at Mohan of 800 yuan per container", P, {}),
            ("Mohan", "GPE", {}),
            ("800 yuan per container", "MONEY", Q(800, "CNY per container", "=", "yuan per container")),
            ("a pilot for settling cross-border trade in kip and yuan at banks in Xishuangbanna", P, {}),
            ("Xishuangbanna", "GPE", {}),
            ("interest subsidies of up to 50% on loans for cold-storage projects in border towns", P, {}),
            ("up to 50%", "PERCENT", Q(50, "percent", "<", "%")),
        ]),
        ("Freight on the railway has grown quickly since it opened in December 2021.", [
            ("December 2021", "DATE", {}),
        ]),
        ("Cross-border cargo reached 4.6 million tonnes in the first 10 months, up 23% from a year earlier, "
         "according to China Railway Kunming Group.", [
            ("4.6 million tonnes", "QUANTITY", Q(4.6e6, "tonne", "=", "tonnes")),
            ("the first 10 months", "DATE", {}),
            ("23%", "PERCENT", Q(23, "percent", "up", "%")),
            ("a year earlier", "DATE", {}),
            ("China Railway Kunming Group", "ORG", {}),
        ]),
        ("The journey from Vientiane to Kunming takes about 26 hours, against five days by road, and trains run at "
         "speeds of up to 160 km/h on the Chinese section.", [
            ("Vientiane", "GPE", {}),
            ("Kunming", "GPE", {}),
            ("about 26 hours", "QUANTITY", Q(26, "hour", "~", "hours")),
            ("five days", "QUANTITY", Q(5, "day", "=", "days")),
            ("up to 160 km/h", "QUANTITY", Q(160, "kilometre per hour", "<", "km/h")),
            ("Chinese", "NORP", {}),
        ]),
        ("Thai durian, which accounts for about a third of fruit carried on the line, is still mostly trucked through "
         "Laos to the Boten crossing.", [
            ("Thai", "NORP", {}),
            ("Laos", "GPE", {}),
            ("Boten crossing", "FAC", {}),
        ]),
        ("Thai exporters shipped 928,000 tonnes of durian to China last year, worth $6.8 billion.", [
            ("Thai", "NORP", {}),
            ("928,000 tonnes", "QUANTITY", Q(928000, "tonne", "=", "tonnes")),
            ("China", "GPE", {}),
            ("last year", "DATE", {}),
            ("$6.8 billion", "MONEY", Q(6.8e9, "USD", "=", "$")),
        ]),
        ("Kunming-based Dianyun Supply Chain said it would run three refrigerated trains a week from Vientiane from "
         "January, up from one, and double its cold-storage capacity at the Wangjiaying freight yard to 40,000 cubic "
         "metres.", [
            ("Kunming", "GPE", {}),
            ("Dianyun Supply Chain", "ORG", {}),
            ("three refrigerated trains a week", "QUANTITY", Q(3, "train per week", "=", "trains a week")),
            ("Vientiane", "GPE", {}),
            ("January", "DATE", {}),
            ("one", "QUANTITY", Q(1, "train per week", "=", "trains a week")),
            ("Wangjiaying freight yard", "FAC", {}),
            ("40,000 cubic metres", "QUANTITY", Q(40000, "cubic metre", "=", "cubic metres")),
        ]),
        ('said Somsak Phommachanh, a 29-year-old Lao exporter who ships dragon fruit to Kunming.', [
            ("Somsak Phommachanh", "PERSON", {}),
            ("29-year-old", "QUANTITY", Q(29, "year of age", "=", "year-old")),
            ("Lao", "NORP", {}),
            ("Kunming", "GPE", {}),
        ]),
        ('"Fruit that waits a day loses a tenth of its price."', [
            ("a day", "QUANTITY", Q(1, "day", "=", "day")),
        ]),
        ("The passenger service on the line, the Lancang-Mekong Express, carried its three millionth traveller in "
         "October.", [
            ("Lancang-Mekong Express", "PRODUCT", {}),
            ("October", "DATE", {}),
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
