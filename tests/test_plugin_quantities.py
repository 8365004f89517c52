"""The built-in quantities plugin: MONEY, PERCENT and QUANTITY spans and their attributes."""

from __future__ import annotations

import json

import pytest

import annotate_plugins.quantities as quantities
from annotate.settings import Settings
from annotate_plugins.quantities.lexicon import merge_data


def span(text, label, value, unit, change="=", surface=None, value_max=None):
    attrs = {"value": value, "unit": unit, "change": change, "surface_unit": surface}
    if value_max is not None:
        attrs["value_max"] = value_max
    return (text, label, attrs)


def money(text, value, unit, change="=", surface=None, value_max=None):
    return span(text, "MONEY", value, unit, change, surface, value_max)


def percent(text, value, change="=", surface="percent", unit="percent", value_max=None):
    return span(text, "PERCENT", value, unit, change, surface, value_max)


def quantity(text, value, unit, change="=", surface=None, value_max=None):
    return span(text, "QUANTITY", value, unit, change, surface, value_max)


EXAMPLES = {
    "thousands separators and decimals": (
        "The plant shipped 1,250,000 bottles and 3.75 tonnes of tea.",
        [quantity("1,250,000 bottles", 1250000.0, "bottle", surface="bottles"),
         quantity("3.75 tonnes", 3.75, "tonne", surface="tonnes")],
    ),
    "number words": (
        "The city approved twenty-five projects and one hundred and twelve loans.",
        [quantity("twenty-five projects", 25.0, "project", surface="projects"),
         quantity("one hundred and twelve loans", 112.0, "loan", surface="loans")],
    ),
    "a dozen": (
        "A dozen banks joined the scheme.",
        [quantity("A dozen banks", 12.0, "bank", surface="banks")],
    ),
    "scale words": (
        "The fund holds 2.5 trillion yuan and two billion dollars.",
        [money("2.5 trillion yuan", 2.5e12, "CNY", surface="yuan"),
         money("two billion dollars", 2e9, "USD", surface="dollars")],
    ),
    "scale abbreviations": (
        "Revenue was $3.4bn and costs were 120 mln euros.",
        [money("$3.4bn", 3.4e9, "USD", surface="$"), money("120 mln euros", 1.2e8, "EUR", surface="euros")],
    ),
    "currency symbols": (
        "It paid ¥800, €45, £12.5 million and 300 tenge.",
        [money("¥800", 800.0, "CNY", surface="¥"), money("€45", 45.0, "EUR", surface="€"),
         money("£12.5 million", 12.5e6, "GBP", surface="£"), money("300 tenge", 300.0, "KZT", surface="tenge")],
    ),
    "currency names": (
        "The contract is worth 40 billion rubles, or 5 billion renminbi.",
        [money("40 billion rubles", 4e10, "RUB", surface="rubles"),
         money("5 billion renminbi", 5e9, "CNY", surface="renminbi")],
    ),
    "ISO codes and prefixed symbols": (
        "Investors put in US$2 billion, RMB 600 million and 7 billion USD.",
        [money("US$2 billion", 2e9, "USD", surface="US$"), money("RMB 600 million", 6e8, "CNY", surface="RMB"),
         money("7 billion USD", 7e9, "USD", surface="USD")],
    ),
    "yen, won and written-out US dollars": (
        "Toyota earned 1.2 trillion yen, Samsung 5 trillion won and Ford 30 million US dollars.",
        [money("1.2 trillion yen", 1.2e12, "JPY", surface="yen"),
         money("5 trillion won", 5e12, "KRW", surface="won"),
         money("30 million US dollars", 3e7, "USD", surface="US dollars")],
    ),
    "currency subunits": (
        "Brent crude rose 52 cents.",
        [money("52 cents", 0.52, "USD", "up", surface="cents")],
    ),
    "percent forms": (
        "The jobless rate was 5.2% and the target is 3 per cent.",
        [percent("5.2%", 5.2, surface="%"), percent("3 per cent", 3.0, surface="per cent")],
    ),
    "percentage points": (
        "The central bank cut the rate by 0.5 percentage points.",
        [percent("0.5 percentage points", 0.5, "down", "percentage points", "percentage_point")],
    ),
    "range with between": (
        "Growth will be between 4 and 6 percent.",
        [percent("between 4 and 6 percent", 4.0, value_max=6.0)],
    ),
    "ranges with a hyphen and with to": (
        "Inflation may reach 2-3 percent, and prices could rise 5 to 8 percent.",
        [percent("2-3 percent", 2.0, value_max=3.0), percent("5 to 8 percent", 5.0, "up", value_max=8.0)],
    ),
    "range sharing a currency and scale": (
        "The deal is worth $5-7 billion.",
        [money("$5-7 billion", 5e9, "USD", surface="$", value_max=7e9)],
    ),
    "range of two written amounts": (
        "The Fed kept rates in the 5.25%-5.50% band.",
        [percent("5.25%-5.50%", 5.25, surface="%", value_max=5.5)],
    ),
    "two amounts joined by and": (
        "Approval now takes 12 days and 20 days respectively.",
        [quantity("12 days", 12.0, "day", surface="days"), quantity("20 days", 20.0, "day", surface="days")],
    ),
    "respectively with the unit written once": (
        "Exports and imports rose 6.1 and 4.3 percent, respectively.",
        [percent("6.1", 6.1, "up"), percent("4.3 percent", 4.3, "up")],
    ),
    "parenthesised conversion": (
        "The firm invested nearly 700 million yuan ($97 million) in the plant.",
        [money("nearly 700 million yuan", 7e8, "CNY", "~", surface="yuan"),
         money("$97 million", 9.7e7, "USD", surface="$")],
    ),
    "conversion in a trend": (
        "Profit grew by 2 billion yuan ($280 million).",
        [money("2 billion yuan", 2e9, "CNY", "up", surface="yuan"),
         money("$280 million", 2.8e8, "USD", "up", surface="$")],
    ),
    "slash between durations": (
        "The hotline runs 7 days/24 hours.",
        [quantity("7 days", 7.0, "day", surface="days"), quantity("24 hours", 24.0, "hour", surface="hours")],
    ),
    "hyphenated number-unit adjectives": (
        "They signed a 15-year lease after a three-day visit.",
        [quantity("15-year", 15.0, "year", surface="year"), quantity("three-day", 3.0, "day", surface="day")],
    ),
    "physical units written out singular": (
        "The line is 1,200 km long and the park covers 3.5 square kilometers.",
        [quantity("1,200 km", 1200.0, "kilometre", surface="km"),
         quantity("3.5 square kilometers", 3.5, "square kilometre", surface="square kilometers")],
    ),
    "counted noun with compounds, without adjectives": (
        "Customs cleared 40 new cargo trains and 1.2 million people.",
        [quantity("40 new cargo trains", 40.0, "cargo train", surface="cargo trains"),
         quantity("1.2 million people", 1.2e6, "person", surface="people")],
    ),
    "coordinated counted nouns": (
        "The bank has branches in 40 cities and counties.",
        [quantity("40 cities and counties", 40.0, "city and county", surface="cities and counties")],
    ),
    "vague amounts": (
        "Hundreds of companies and tens of thousands of workers joined.",
        [quantity("Hundreds of companies", 100.0, "company", ">", surface="companies"),
         quantity("tens of thousands of workers", 1e4, "worker", ">", surface="workers")],
    ),
    "negative percentage": (
        "Industrial profits were -3.5% in May.",
        [percent("-3.5%", -3.5, surface="%")],
    ),
    "bare counts of a noun named in the sentence": (
        "The number of registered firms increased from 120 to 450.",
        [quantity("120", 120.0, "firm", surface="firms"), quantity("450", 450.0, "firm", surface="firms")],
    ),
    "bare count after a bounding verb": (
        "Sales of electric vehicles exceeded 8,000.",
        [quantity("8,000", 8000.0, "vehicle", ">", surface="vehicles")],
    ),
    "bare count of the verb's object": (
        "The city plans to raise the number of bus lines to 300.",
        [quantity("300", 300.0, "bus line", surface="bus lines")],
    ),
    "bare increment after a counted amount": (
        "The zone hosts 850 foreign firms, 120 more than last year, and an increase of 60 over 2022.",
        [quantity("850 foreign firms", 850.0, "firm", surface="firms"),
         quantity("120", 120.0, "firm", "up", surface="firms"),
         quantity("60", 60.0, "firm", "up", surface="firms")],
    ),
    "trend noun after the amount": (
        "Exports posted a 5 percent decline.",
        [percent("5 percent", 5.0, "down")],
    ),
    "level reached after a trend": (
        "Exports soared 9.1 percent to 3.2 trillion yuan.",
        [percent("9.1 percent", 9.1, "up"), money("3.2 trillion yuan", 3.2e12, "CNY", surface="yuan")],
    ),
}

NOT_QUANTITIES = {
    "dates and times": "On March 3, 2021, at 10 am, the first train left for Dec. 21 deliveries.",
    "years": "The 2023 budget was approved in 2022, and the 2031-2035 plan is under way.",
    "ordinals": "It ranked 3rd and was the first of its kind, a second time.",
    "numbers inside names": "The COVID-19 rules, Route 66, Boeing 737 jets and the G20 were discussed.",
    "calendar periods": "In the first six months of this year, output rose, as it did two years ago.",
    "doubled": "Prices doubled last year.",
    "bare number without a counted noun": "The index closed at 3,050 on Friday.",
    "slogan counts": 'The "three zones, two centers" plan was revised; the three zones are coastal.',
    "idiomatic one": "The firms have one thing in common.",
}

# International business news, written for these tests in the style of Reuters, Bloomberg, Nikkei,
# the Nation (Kenya), Folha and the Economic Times: currency codes, symbols and abbreviations before
# the amount, glued or spaced scale suffixes, currency names with and without a country, and counts.
INTERNATIONAL_NEWS = {
    "EUR 1.1bn": (
        "Siemens Energy booked orders worth EUR 1.1bn in the quarter, the company said on Tuesday.",
        [money("EUR 1.1bn", 1.1e9, "EUR", surface="EUR")],
    ),
    "MXN 987 billion": (
        "Mexico's budget deficit widened to MXN 987 billion last year, the finance ministry said.",
        [money("MXN 987 billion", 9.87e11, "MXN", surface="MXN")],
    ),
    "USD 250m + five-year": (
        "The lender raised USD 250m through a five-year bond sale.",
        [money("USD 250m", 2.5e8, "USD", surface="USD"), quantity("five-year", 5.0, "year", surface="year")],
    ),
    "KSh 2.5 billion": (
        "Safaricom's M-Pesa revenue rose to KSh 2.5 billion in March, the Nation reported.",
        [money("KSh 2.5 billion", 2.5e9, "KES", surface="KSh")],
    ),
    "Sh1.2bn": (
        "The Treasury plans to borrow Sh1.2bn from local banks to plug the gap.",
        [money("Sh1.2bn", 1.2e9, "KES", surface="Sh")],
    ),
    "Rs 500 crore": (
        "Reliance Industries will invest Rs 500 crore in a new petrochemical unit in Jamnagar.",
        [money("Rs 500 crore", 5e9, "INR", surface="Rs")],
    ),
    "R$3 billion": (
        "Petrobras cut its capital budget by R$3 billion, Folha de S.Paulo reported.",
        [money("R$3 billion", 3e9, "BRL", "down", surface="R$")],
    ),
    "US$40 million": (
        "The Gulf fund committed US$40 million to the Nairobi data centre.",
        [money("US$40 million", 4e7, "USD", surface="US$")],
    ),
    "HK$1.2 billion": (
        "Hang Seng Bank posted a net profit of HK$1.2 billion for the first half.",
        [money("HK$1.2 billion", 1.2e9, "HKD", surface="HK$")],
    ),
    "S$250 million + A$1.1bn + C$95 million": (
        "DBS set aside S$250 million for bad loans, while Westpac booked A$1.1bn and Shopify earned C$95 million.",
        [money("S$250 million", 2.5e8, "SGD", surface="S$"),
         money("A$1.1bn", 1.1e9, "AUD", surface="A$"),
         money("C$95 million", 9.5e7, "CAD", surface="C$")],
    ),
    "NT$580 + about NT$15 trillion": (
        "TSMC shares closed at NT$580, valuing the chipmaker at about NT$15 trillion.",
        [money("NT$580", 580.0, "TWD", surface="NT$"),
         money("about NT$15 trillion", 1.5e13, "TWD", "~", surface="NT$")],
    ),
    "RM 5 million": (
        "Maybank said it would allocate RM 5 million to flood relief in Kelantan.",
        [money("RM 5 million", 5000000.0, "MYR", surface="RM")],
    ),
    "Rp 10 trillion": (
        "Indonesia has earmarked Rp 10 trillion for the new capital this year.",
        [money("Rp 10 trillion", 1e13, "IDR", surface="Rp")],
    ),
    "₦5.2 billion + ₦4.1 billion": (
        "Dangote Cement reported a pre-tax profit of ₦5.2 billion, up from ₦4.1 billion.",
        [money("₦5.2 billion", 5.2e9, "NGN", surface="₦"), money("₦4.1 billion", 4.1e9, "NGN", surface="₦")],
    ),
    "₱12 billion + ₩3 trillion": (
        "Ayala Land spent ₱12 billion on new malls, while Samsung set aside ₩3 trillion.",
        [money("₱12 billion", 1.2e10, "PHP", surface="₱"), money("₩3 trillion", 3e12, "KRW", surface="₩")],
    ),
    "₽45 billion + ₺8.4 billion": (
        "Gazprom Neft paid ₽45 billion in dividends and Turkish Airlines earned ₺8.4 billion.",
        [money("₽45 billion", 4.5e10, "RUB", surface="₽"), money("₺8.4 billion", 8.4e9, "TRY", surface="₺")],
    ),
    "₴20 billion": (
        "Naftogaz received ₴20 billion from the state budget.",
        [money("₴20 billion", 2e10, "UAH", surface="₴")],
    ),
    "CHF 3 million": (
        "Nestle will pay CHF 3 million to settle the dispute.",
        [money("CHF 3 million", 3000000.0, "CHF", surface="CHF")],
    ),
    "SEK 2.3 billion + about 230 million euros": (
        "Volvo Cars' operating income fell to SEK 2.3 billion, or about 230 million euros.",
        [money("SEK 2.3 billion", 2.3e9, "SEK", surface="SEK"),
         money("about 230 million euros", 2.3e8, "EUR", "~", surface="euros")],
    ),
    "500 million kr + NOK 1.2 billion": (
        "The Oslo-listed firm raised 500 million kr in new equity, and its NOK 1.2 billion bond was oversubscribed.",
        [money("500 million kr", 5e8, "NOK", surface="kr"), money("NOK 1.2 billion", 1.2e9, "NOK", surface="NOK")],
    ),
    "1.8 billion zł": (
        "PKO BP earned 1.8 billion zł in the quarter.",
        [money("1.8 billion zł", 1.8e9, "PLN", surface="zł")],
    ),
    "KES 12.4bn + USD250m": (
        "The Kenyan unit reported a pre-tax profit of KES 12.4bn and the group earned USD250m.",
        [money("KES 12.4bn", 1.24e10, "KES", surface="KES"), money("USD250m", 2.5e8, "USD", surface="USD")],
    ),
    "EUR1.1bn + GBP500m": (
        "Bloomberg said the fund bought EUR1.1bn of Italian bonds and GBP500m of gilts.",
        [money("EUR1.1bn", 1.1e9, "EUR", surface="EUR"), money("GBP500m", 5e8, "GBP", surface="GBP")],
    ),
    "Rs. 2,500 crore": (
        "Tata Steel posted a profit of Rs. 2,500 crore in the quarter.",
        [money("Rs. 2,500 crore", 2.5e10, "INR", surface="Rs.")],
    ),
    "KSh 2-3 billion": (
        "The county needs KSh 2-3 billion to repair its roads.",
        [money("KSh 2-3 billion", 2e9, "KES", surface="KSh", value_max=3e9)],
    ),
    "Dh5 billion + SR 2 billion": (
        "The Gulf lender paid Dh5 billion for the stake, and Almarai spent SR 2 billion on farms.",
        [money("Dh5 billion", 5e9, "AED", surface="Dh"), money("SR 2 billion", 2e9, "SAR", surface="SR")],
    ),
    "Rs 5,000 cr": (
        "Adani Ports raised Rs 5,000 cr through bonds.",
        [money("Rs 5,000 cr", 5e10, "INR", surface="Rs")],
    ),
    "$2B + $300M": (
        "The startup's valuation hit $2B after it raised $300M from investors.",
        [money("$2B", 2e9, "USD", surface="$"), money("$300M", 3e8, "USD", surface="$")],
    ),
    "$1.5bn + $2.1 bln + $800mn": (
        "The miner's net debt fell to $1.5bn from $2.1 bln, while capital spending was $800mn.",
        [money("$1.5bn", 1.5e9, "USD", surface="$"),
         money("$2.1 bln", 2.1e9, "USD", surface="$"),
         money("$800mn", 8e8, "USD", surface="$")],
    ),
    "$1.2tn + $50b": (
        "Aramco's market value rose by $1.2tn, while the chipmaker lost $50b in a day.",
        [money("$1.2tn", 1.2e12, "USD", "up", surface="$"), money("$50b", 5e10, "USD", "down", surface="$")],
    ),
    "¥1,200 trn": (
        "Japan's government debt exceeds ¥1,200 trn, and the yen weakened further.",
        [money("¥1,200 trn", 1.2e15, "JPY", ">", surface="¥")],
    ),
    "5 billion shillings": (
        "Kenya Power posted a net loss of 5 billion shillings for the year to June.",
        [money("5 billion shillings", 5e9, "KES", surface="shillings")],
    ),
    "450 billion Kenyan shillings": (
        "Diaspora remittances reached 450 billion Kenyan shillings last year, the central bank said.",
        [money("450 billion Kenyan shillings", 4.5e11, "KES", surface="Kenyan shillings")],
    ),
    "3.2 billion Mexican pesos + 900 million pesos": (
        "Cemex sold the assets for 3.2 billion Mexican pesos and expects another 900 million pesos"
        " from a plant sale.",
        [money("3.2 billion Mexican pesos", 3.2e9, "MXN", surface="Mexican pesos"),
         money("900 million pesos", 9e8, "MXN", surface="pesos")],
    ),
    "14 billion pesos": (
        "Banorte earned 14 billion pesos in the quarter.",
        [money("14 billion pesos", 1.4e10, "MXN", surface="pesos")],
    ),
    "1.4 billion rand": (
        "South32 booked a 1.4 billion rand impairment on its coal unit.",
        [money("1.4 billion rand", 1.4e9, "ZAR", surface="rand")],
    ),
    "150 billion naira": (
        "Access Bank raised 150 billion naira in a rights issue.",
        [money("150 billion naira", 1.5e11, "NGN", surface="naira")],
    ),
    "12 percent + 26.7 billion dirhams": (
        "Emaar's revenue rose 12 percent to 26.7 billion dirhams.",
        [percent("12 percent", 12.0, "up"), money("26.7 billion dirhams", 2.67e10, "AED", surface="dirhams")],
    ),
    "75 billion riyals": (
        "Saudi Aramco will pay 75 billion riyals in dividends this quarter.",
        [money("75 billion riyals", 7.5e10, "SAR", surface="riyals")],
    ),
    "4.2 trillion won": (
        "Hyundai Motor earned 4.2 trillion won in operating profit.",
        [money("4.2 trillion won", 4.2e12, "KRW", surface="won")],
    ),
    "500 billion baht": (
        "Thailand's cabinet approved a 500 billion baht stimulus package.",
        [money("500 billion baht", 5e11, "THB", surface="baht")],
    ),
    "10 trillion dong": (
        "VinFast reported a net loss of 10 trillion dong.",
        [money("10 trillion dong", 1e13, "VND", surface="dong")],
    ),
    "1,000 trillion rupiah": (
        "The state utility needs 1,000 trillion rupiah of investment by 2040.",
        [money("1,000 trillion rupiah", 1e15, "IDR", surface="rupiah")],
    ),
    "40 billion ringgit": (
        "Petronas paid 40 billion ringgit in dividends to the government.",
        [money("40 billion ringgit", 4e10, "MYR", surface="ringgit")],
    ),
    "5 billion lira": (
        "The central bank sold 5 billion lira of bonds.",
        [money("5 billion lira", 5e9, "TRY", surface="lira")],
    ),
    "500 billion hryvnias": (
        "Parliament approved 500 billion hryvnias in defence spending.",
        [money("500 billion hryvnias", 5e11, "UAH", surface="hryvnias")],
    ),
    "75 billion zlotys": (
        "PGE will invest 75 billion zlotys in offshore wind.",
        [money("75 billion zlotys", 7.5e10, "PLN", surface="zlotys")],
    ),
    "300 billion forints": (
        "OTP earned 300 billion forints in the first half.",
        [money("300 billion forints", 3e11, "HUF", surface="forints")],
    ),
    "52 Czech crowns + 28 billion koruna": (
        "CEZ will pay a dividend of 52 Czech crowns a share, or 28 billion koruna in total.",
        [money("52 Czech crowns a share", 52.0, "CZK per share", surface="Czech crowns a share"),
         money("28 billion koruna", 2.8e10, "CZK", surface="koruna")],
    ),
    "8,500 jobs + 4 billion Swedish kronor": (
        "Ericsson cut 8,500 jobs and took a charge of 4 billion Swedish kronor.",
        [quantity("8,500 jobs", 8500.0, "job", "down", surface="jobs"),
         money("4 billion Swedish kronor", 4e9, "SEK", surface="Swedish kronor")],
    ),
    "up to 290 billion Danish kroner": (
        "Novo Nordisk expects sales of up to 290 billion Danish kroner.",
        [money("up to 290 billion Danish kroner", 2.9e11, "DKK", "<", surface="Danish kroner")],
    ),
    "1.4 billion Swiss francs + 50 billion CFA francs": (
        "UBS agreed to pay 1.4 billion Swiss francs, and a Dakar bank raised 50 billion CFA francs.",
        [money("1.4 billion Swiss francs", 1.4e9, "CHF", surface="Swiss francs"),
         money("50 billion CFA francs", 5e10, "XOF", surface="CFA francs")],
    ),
    "890 million francs": (
        "Swatch earned 890 million francs last year.",
        [money("890 million francs", 8.9e8, "CHF", surface="francs")],
    ),
    "2 billion Canadian dollars + 1.5 billion Australian dollars": (
        "Brookfield raised 2 billion Canadian dollars and Macquarie 1.5 billion Australian dollars for new funds.",
        [money("2 billion Canadian dollars", 2e9, "CAD", surface="Canadian dollars"),
         money("1.5 billion Australian dollars", 1.5e9, "AUD", surface="Australian dollars")],
    ),
    "5.4 billion Hong Kong dollars + 800 million Singapore dollars": (
        "Jardine sold the tower for 5.4 billion Hong Kong dollars, and CapitaLand bought a site"
        " for 800 million Singapore dollars.",
        [money("5.4 billion Hong Kong dollars", 5.4e9, "HKD", surface="Hong Kong dollars"),
         money("800 million Singapore dollars", 8e8, "SGD", surface="Singapore dollars")],
    ),
    "UGX 500 billion + 200 billion shillings": (
        "MTN Uganda's profit rose to UGX 500 billion, and the telecom paid 200 billion shillings in taxes.",
        [money("UGX 500 billion", 5e11, "UGX", surface="UGX"),
         money("200 billion shillings", 2e11, "UGX", surface="shillings")],
    ),
    "PKR 2.1 trillion + 1.8 trillion rupees": (
        "The budget sets defence spending at PKR 2.1 trillion, up from 1.8 trillion rupees.",
        [money("PKR 2.1 trillion", 2.1e12, "PKR", surface="PKR"),
         money("1.8 trillion rupees", 1.8e12, "PKR", surface="rupees")],
    ),
    "NZ$ 180 million + 90 million dollars": (
        "Air New Zealand reported a loss of NZ$ 180 million after fuel costs rose by 90 million dollars.",
        [money("NZ$ 180 million", 1.8e8, "NZD", surface="NZ$"),
         money("90 million dollars", 9e7, "NZD", "up", surface="dollars")],
    ),
    "12 billion rand + $650 million": (
        "The deal is worth 12 billion rand ($650 million).",
        [money("12 billion rand", 1.2e10, "ZAR", surface="rand"), money("$650 million", 6.5e8, "USD", surface="$")],
    ),
    "3 percent + Rs 1.2 lakh crore": (
        "The conglomerate's shares fell 3 percent, wiping Rs 1.2 lakh crore off its market value.",
        [percent("3 percent", 3.0, "down"), money("Rs 1.2 lakh crore", 1.2e12, "INR", surface="Rs")],
    ),
    "₹1,500 crore + about $180 million": (
        "Infosys won a contract worth ₹1,500 crore, or about $180 million.",
        [money("₹1,500 crore", 1.5e10, "INR", surface="₹"),
         money("about $180 million", 1.8e8, "USD", "~", surface="$")],
    ),
    "211 trillion dinars": (
        "Iraq's 2024 budget totals 211 trillion dinars.",
        [money("211 trillion dinars", 2.11e14, "IQD", surface="dinars")],
    ),
    "4.7 billion Qatari riyals": (
        "Qatar Airways posted a profit of 4.7 billion Qatari riyals.",
        [money("4.7 billion Qatari riyals", 4.7e9, "QAR", surface="Qatari riyals")],
    ),
    "5 billion cedis + 2 billion kwacha": (
        "Ghana's cocoa board borrowed 5 billion cedis and Zambia paid 2 billion kwacha.",
        [money("5 billion cedis", 5e9, "GHS", surface="cedis"),
         money("2 billion kwacha", 2e9, "ZMW", surface="kwacha")],
    ),
    "two countries": (
        "The two countries signed a free trade agreement.",
        [quantity("two countries", 2.0, "country", surface="countries")],
    ),
    "10-year + 5 basis points + 4.2% + two-year": (
        "The 10-year bond yield rose 5 basis points to 4.2%, and the two-year note was little changed.",
        [quantity("10-year", 10.0, "year", surface="year"),
         percent("5 basis points", 0.05, "up", "basis points", "percentage_point"),
         percent("4.2%", 4.2, surface="%"),
         quantity("two-year", 2.0, "year", surface="year")],
    ),
    "1,200 patients + 14 countries": (
        "The Phase 3 trial enrolled 1,200 patients in 14 countries.",
        [quantity("1,200 patients", 1200.0, "patient", surface="patients"),
         quantity("14 countries", 14.0, "country", surface="countries")],
    ),
    "250 stores + about 12,000 people + 8 markets": (
        "The retailer operates 250 stores and employs about 12,000 people across 8 markets.",
        [quantity("250 stores", 250.0, "store", surface="stores"),
         quantity("about 12,000 people", 12000.0, "person", "~", surface="people"),
         quantity("8 markets", 8.0, "market", surface="markets")],
    ),
    "42 destinations + 38 aircraft": (
        "Kenya Airways flies to 42 destinations with a fleet of 38 aircraft.",
        [quantity("42 destinations", 42.0, "destination", surface="destinations"),
         quantity("38 aircraft", 38.0, "aircraft", surface="aircraft")],
    ),
    "1.2% + 72,500 points": (
        "The 30-share BSE Sensex rose 1.2% to 72,500 points.",
        [percent("1.2%", 1.2, "up", surface="%"), quantity("72,500 points", 72500.0, "point", surface="points")],
    ),
    "14.5%": (
        "Its Tier 1 capital ratio rose to 14.5% in June.",
        [percent("14.5%", 14.5, surface="%")],
    ),
    "300 cities": (
        "The 5G network now covers 300 cities.",
        [quantity("300 cities", 300.0, "city", surface="cities")],
    ),
    "10 years": (
        "Exports have fallen for 10 years.",
        [quantity("10 years", 10.0, "year", surface="years")],
    ),
    "650,000 barrels per day + 1,400 km": (
        "The refinery processes 650,000 barrels per day and the pipeline runs 1,400 km.",
        [quantity("650,000 barrels per day", 650000.0, "barrel per day", surface="barrels per day"),
         quantity("1,400 km", 1400.0, "kilometre", surface="km")],
    ),
    "KSh. 15 billion": (
        "The National Treasury allocated KSh. 15 billion to the housing fund.",
        [money("KSh. 15 billion", 1.5e10, "KES", surface="KSh.")],
    ),
    "Rs1,000cr + INR 500 crore": (
        "Bharti Airtel raised Rs1,000cr through debentures and plans to spend INR 500 crore on 5G.",
        [money("Rs1,000cr", 1e10, "INR", surface="Rs"), money("INR 500 crore", 5e9, "INR", surface="INR")],
    ),
    "100 crore rupees": (
        "The state-run lender's bad loans fell to 100 crore rupees.",
        [money("100 crore rupees", 1e9, "INR", surface="rupees")],
    ),
    "BRL 37.7 billion": (
        "Vale agreed to pay BRL 37.7 billion in compensation, Folha reported.",
        [money("BRL 37.7 billion", 3.77e10, "BRL", surface="BRL")],
    ),
    "R$ 10.1 billion": (
        "Itau Unibanco's recurring profit reached R$ 10.1 billion in the quarter.",
        [money("R$ 10.1 billion", 1.01e10, "BRL", surface="R$")],
    ),
    "¥1.4 trillion": (
        "SoftBank booked a loss of ¥1.4 trillion, and the yen slid against the dollar.",
        [money("¥1.4 trillion", 1.4e12, "JPY", surface="¥")],
    ),
    "¥380 billion + about 380 billion yuan": (
        "Alibaba will spend ¥380 billion on cloud infrastructure, or about 380 billion yuan.",
        [money("¥380 billion", 3.8e11, "CNY", surface="¥"),
         money("about 380 billion yuan", 3.8e11, "CNY", "~", surface="yuan")],
    ),
    "US$ 485 million + Rp 90.5 trillion": (
        "Grab lost US$ 485 million last year, and GoTo lost Rp 90.5 trillion.",
        [money("US$ 485 million", 4.85e8, "USD", "down", surface="US$"),
         money("Rp 90.5 trillion", 9.05e13, "IDR", "down", surface="Rp")],
    ),
    "25 billion Philippine pesos": (
        "Jollibee will invest 25 billion Philippine pesos in new stores.",
        [money("25 billion Philippine pesos", 2.5e10, "PHP", surface="Philippine pesos")],
    ),
    "300 billion Argentine pesos": (
        "YPF's debt rose by 300 billion Argentine pesos.",
        [money("300 billion Argentine pesos", 3e11, "ARS", "up", surface="Argentine pesos")],
    ),
    "N137 billion + 1.2 trillion naira": (
        "MTN Nigeria posted a loss of N137 billion as the naira fell, and Airtel Africa earned 1.2 trillion naira.",
        [money("N137 billion", 1.37e11, "NGN", surface="N"),
         money("1.2 trillion naira", 1.2e12, "NGN", surface="naira")],
    ),
    "R9bn": (
        "Sasol wrote down R9bn of assets.",
        [money("R9bn", 9e9, "ZAR", surface="R")],
    ),
    "AED 6.4 billion + Dhs 6.4bn": (
        "ADNOC Gas paid AED 6.4 billion in dividends, or Dhs 6.4bn.",
        [money("AED 6.4 billion", 6.4e9, "AED", surface="AED"), money("Dhs 6.4bn", 6.4e9, "AED", surface="Dhs")],
    ),
    "$12.1 billion + 28 billion Danish crowns": (
        "Maersk's revenue was $12.1 billion, while Orsted wrote down 28 billion Danish crowns.",
        [money("$12.1 billion", 1.21e10, "USD", surface="$"),
         money("28 billion Danish crowns", 2.8e10, "DKK", "down", surface="Danish crowns")],
    ),
    "15 billion Norwegian crowns + 3 billion crowns": (
        "Equinor paid 15 billion Norwegian crowns in taxes and its Swedish peer paid 3 billion crowns.",
        [money("15 billion Norwegian crowns", 1.5e10, "NOK", surface="Norwegian crowns"),
         money("3 billion crowns", 3e9, "NOK", surface="crowns")],
    ),
    "700 billion tenge + about $1.5 billion": (
        "Kaspi.kz earned 700 billion tenge, about $1.5 billion.",
        [money("700 billion tenge", 7e11, "KZT", surface="tenge"),
         money("about $1.5 billion", 1.5e9, "USD", "~", surface="$")],
    ),
    "20 billion Egyptian pounds + 5 billion pounds": (
        "The Egyptian government raised 20 billion Egyptian pounds, and later another 5 billion pounds.",
        [money("20 billion Egyptian pounds", 2e10, "EGP", surface="Egyptian pounds"),
         money("5 billion pounds", 5e9, "EGP", surface="pounds")],
    ),
    "S$0.06 + US$1.5bn": (
        "Wilmar paid S$0.06 a share, and Sea Ltd raised US$1.5bn.",
        [money("S$0.06 a share", 0.06, "SGD per share", surface="S$ a share"),
         money("US$1.5bn", 1.5e9, "USD", surface="US$")],
    ),
    "5 trillion roubles": (
        "The ruble weakened past 100 per dollar as Moscow sold 5 trillion roubles of bonds.",
        [money("5 trillion roubles", 5e12, "RUB", surface="roubles")],
    ),
    "KD 250 million + 250 million Kuwaiti dinars": (
        "Kuwait Finance House earned KD 250 million, or 250 million Kuwaiti dinars.",
        [money("KD 250 million", 2.5e8, "KWD", surface="KD"),
         money("250 million Kuwaiti dinars", 2.5e8, "KWD", surface="Kuwaiti dinars")],
    ),
    "VND 41 trillion + 41 trillion dong": (
        "Vietcombank's pre-tax profit rose to VND 41 trillion, or 41 trillion dong.",
        [money("VND 41 trillion", 4.1e13, "VND", surface="VND"),
         money("41 trillion dong", 4.1e13, "VND", surface="dong")],
    ),
    "2.3bn zlotys + PLN 500m": (
        "The bank lent 2.3bn zlotys and PLN 500m to small firms.",
        [money("2.3bn zlotys", 2.3e9, "PLN", surface="zlotys"), money("PLN 500m", 5e8, "PLN", surface="PLN")],
    ),
    "about MXN 1.8 trillion": (
        "Mexico's Pemex owes about MXN 1.8 trillion to suppliers.",
        [money("about MXN 1.8 trillion", 1.8e12, "MXN", "~", surface="MXN")],
    ),
    "47 counties + 385 billion shillings": (
        "Kenya's 47 counties received 385 billion shillings, the Controller of Budget said.",
        [quantity("47 counties", 47.0, "county", surface="counties"),
         money("385 billion shillings", 3.85e11, "KES", surface="shillings")],
    ),
    "800 points + 3 of the 30 stocks": (
        "The Sensex fell 800 points, and 3 of the 30 stocks ended higher.",
        [quantity("800 points", 800.0, "point", "down", surface="points"),
         quantity("3", 3.0, "stock", surface="stocks"), quantity("30 stocks", 30.0, "stock", surface="stocks")],
    ),
    "3 months": (
        "The government extended the deadline by 3 months to June.",
        [quantity("3 months", 3.0, "month", "up", surface="months")],
    ),
    "2,000-megawatt + 1.2 million homes + within 18 months": (
        "The 2,000-megawatt plant will supply 1.2 million homes within 18 months.",
        [quantity("2,000-megawatt", 2000.0, "megawatt", surface="megawatt"),
         quantity("1.2 million homes", 1200000.0, "home", surface="homes"),
         quantity("within 18 months", 18.0, "month", "<", surface="months")],
    ),
    "two sides + 90-day": (
        "The two sides agreed a 90-day pause on tariffs.",
        [quantity("two sides", 2.0, "side", surface="sides"), quantity("90-day", 90.0, "day", surface="day")],
    ),
}

# General news (trade, energy, transport, technology, markets), written for these tests: rates and
# prices per unit, compound units from the unit registry, temperatures, ages, durations, ranges,
# wire money formats and currencies by code, symbol or English name.
GENERAL_NEWS = {
    "price per barrel and per mmBtu": (
        "Brent crude rose to $81.30 per barrel, while US gas futures traded at $3.10 per mmBtu.",
        [money("$81.30 per barrel", 81.3, "USD per barrel", surface="$ per barrel"),
         money("$3.10 per mmBtu", 3.1, "USD per million British thermal unit", surface="$ per mmBtu")],
    ),
    "price per kilowatt-hour": (
        "Guangdong set the grid price at 0.4 yuan per kilowatt-hour for new solar farms.",
        [money("0.4 yuan per kilowatt-hour", 0.4, "CNY per kilowatt-hour", surface="yuan per kilowatt-hour")],
    ),
    "horsepower, pound-feet and rpm": (
        "The new sedan's 700-horsepower engine makes 310 pound-feet of torque and revs to 6,500 rpm.",
        [quantity("700-horsepower", 700.0, "horsepower", surface="horsepower"),
         quantity("310 pound-feet", 310.0, "pound-foot", surface="pound-feet"),
         quantity("6,500 rpm", 6500.0, "revolution per minute", surface="rpm")],
    ),
    "prefixed units glued and spaced": (
        "The phone ships with 512GB of storage and a 5,000 mAh battery.",
        [quantity("512GB", 512.0, "gigabyte", surface="GB"),
         quantity("5,000 mAh", 5000.0, "milliampere-hour", surface="mAh")],
    ),
    "rates with a": (
        "Gold traded at $12 a gram in Dubai, and the fund returned 8% a year.",
        [money("$12 a gram", 12.0, "USD per gram", surface="$ a gram"),
         percent("8% a year", 8.0, surface="% a year", unit="percent per year")],
    ),
    "a year earlier is no rate": (
        "Revenue was $1.17 billion a year earlier.",
        [money("$1.17 billion", 1.17e9, "USD", surface="$")],
    ),
    "speeds with a conversion": (
        "The storm packed winds of 95 mph (153 km/h) as it made landfall.",
        [quantity("95 mph", 95.0, "mile per hour", surface="mph"),
         quantity("153 km/h", 153.0, "kilometre per hour", surface="km/h")],
    ),
    "temperature ranges": (
        "Temperatures may climb 2 to 2.5 degrees Celsius (3.6 to 4.5 Fahrenheit), far above 1.5C.",
        [quantity("2 to 2.5 degrees Celsius", 2.0, "degree Celsius", "up", "degrees Celsius", 2.5),
         quantity("3.6 to 4.5 Fahrenheit", 3.6, "degree Fahrenheit", "up", "Fahrenheit", 4.5),
         quantity("far above 1.5C", 1.5, "degree Celsius", ">", "C")],
    ),
    "temperature symbol": (
        "Phoenix recorded 118°F on Sunday.",
        [quantity("118°F", 118.0, "degree Fahrenheit", surface="°F")],
    ),
    "ages": (
        "A 41-year-old engineer was hired; workers aged 60 or over get a pension, and the plant is 30 years old.",
        [quantity("41-year-old", 41.0, "year of age", surface="year-old"),
         quantity("aged 60 or over", 60.0, "year of age", ">"),
         quantity("30 years old", 30.0, "year of age", surface="years old")],
    ),
    "durations": (
        "Ten minutes later the line reopened; it had run for 12 years.",
        [quantity("Ten minutes", 10.0, "minute", surface="minutes"),
         quantity("12 years", 12.0, "year", surface="years")],
    ),
    "container throughput and a bound": (
        "The port handled 2.1 million TEUs, up 4.5 percent, and ships were cleared within 48 hours.",
        [quantity("2.1 million TEUs", 2.1e6, "twenty-foot equivalent unit", surface="TEUs"),
         percent("4.5 percent", 4.5, "up"),
         quantity("within 48 hours", 48.0, "hour", "<", "hours")],
    ),
    "speed and a hyphenated length": (
        "The train reaches 350 km/h on the 1,318-km line.",
        [quantity("350 km/h", 350.0, "kilometre per hour", surface="km/h"),
         quantity("1,318-km", 1318.0, "kilometre", surface="km")],
    ),
    "range from ... to": (
        "Its range is from 240 to 300 miles per charge.",
        [quantity("from 240 to 300 miles per charge", 240.0, "mile per charge", surface="miles per charge",
                  value_max=300.0)],
    ),
    "from ... to after a change verb is two amounts": (
        "The carmaker raised the price from $5,000 to $7,000.",
        [money("$5,000", 5000.0, "USD", surface="$"), money("$7,000", 7000.0, "USD", surface="$")],
    ),
    "range between two symbols": (
        "The plant will cost between $5 and $7 million and cover 3.5 square kilometres.",
        [money("between $5 and $7 million", 5e6, "USD", surface="$", value_max=7e6),
         quantity("3.5 square kilometres", 3.5, "square kilometre", surface="square kilometres")],
    ),
    "gas and oil volumes": (
        "Shell sold 1.2 bcm of gas, and Aramco pumped 9 million bpd.",
        [quantity("1.2 bcm", 1.2, "billion cubic metre", surface="bcm"),
         quantity("9 million bpd", 9e6, "barrel per day", surface="bpd")],
    ),
    "an exchange rate": (
        "The central bank sold dollars at 20 pesos per dollar.",
        [money("20 pesos per dollar", 20.0, "MXN per USD", surface="pesos per dollar")],
    ),
    "per annum": (
        "Deposits earn 4% per annum.",
        [percent("4% per annum", 4.0, surface="% per annum", unit="percent per year")],
    ),
    "weight in pounds": (
        "The new battery pack weighs 1,200 pounds.",
        [quantity("1,200 pounds", 1200.0, "pound", surface="pounds")],
    ),
    "wire money formats": (
        "Russia accepted a us $ 150 million loan, exports fell to hk $ 10.05 billion and the bid was c $ 16.4 million.",
        [money("us $ 150 million", 1.5e8, "USD", surface="us $"),
         money("hk $ 10.05 billion", 1.005e10, "HKD", surface="hk $"),
         money("c $ 16.4 million", 1.64e7, "CAD", surface="c $")],
    ),
    "a word before a dollar sign is no prefix": (
        "Revenue exceeds a $ 4 billion mark, the company' s $ 5 million deal closed, and they pay $ 5 each.",
        [money("$ 4 billion", 4e9, "USD", ">", "$"), money("$ 5 million", 5e6, "USD", surface="$"),
         money("$ 5", 5.0, "USD", surface="$")],
    ),
    "code, then scale": (
        "They paid 75 USD million for the stake.",
        [money("75 USD million", 7.5e7, "USD", surface="USD")],
    ),
    "dollars and cents": (
        "A ticket cost 3 dollars 50 cents, or thirteen dollars and forty-five cents with a seat.",
        [money("3 dollars 50 cents", 3.5, "USD", surface="dollars"),
         money("thirteen dollars and forty-five cents", 13.45, "USD", surface="dollars")],
    ),
    "any ISO currency by name, code or symbol": (
        "Nokia paid 420 million finnish markka, Thai Airways raised 1.5 billion baht and a bike cost 100₾.",
        [money("420 million finnish markka", 4.2e8, "FIM", surface="finnish markka"),
         money("1.5 billion baht", 1.5e9, "THB", surface="baht"),
         money("100₾", 100.0, "GEL", surface="₾")],
    ),
    "lakh and crore": (
        "The scheme pays Rs 5 lakh per family.",
        [money("Rs 5 lakh per family", 5e5, "INR per family", surface="Rs per family")],
    ),
    "a bare amount where prices are spoken of takes the last currency": (
        "Rents in London average £2,000. Landlords say prices will rise by an average of 1,200 next year.",
        [money("£2,000", 2000.0, "GBP", surface="£"), money("1,200", 1200.0, "GBP", "up")],
    ),
    "a bare amount with a scale letter before a price comparative": (
        "The sedan costs $40,000, and rivals are 30k or 45k cheaper.",
        [money("$40,000", 40000.0, "USD", surface="$"), money("30k or 45k", 30000.0, "USD", value_max=45000.0)],
    ),
    "a scaled amount of a money noun or of its subject": (
        "Revenue was $3 billion. Profit rose to 400 million, against a 1.2 billion loss a year earlier.",
        [money("$3 billion", 3e9, "USD", surface="$"), money("400 million", 4e8, "USD"),
         money("1.2 billion", 1.2e9, "USD")],
    ),
    "a bare amount with no money around it is no quantity": (
        "The sedan costs $40,000, and the index closed at 3,050.",
        [money("$40,000", 40000.0, "USD", surface="$")],
    ),
    "fractions and spaced digit groups": (
        "The bonds pay 7 3/4 %, the cable runs 10 1/2 miles and the stadium holds 80, 000 spectators.",
        [percent("7 3/4 %", 7.75, surface="%"), quantity("10 1/2 miles", 10.5, "mile", surface="miles"),
         quantity("80, 000 spectators", 8e4, "spectator", surface="spectators")],
    ),
}

NEWS_NOT_QUANTITIES = {
    "votes": "The board approved the plan in a 7-2 vote, and the rate committee voted 5-4 to hold.",
    "score": "Al Ahly beat Mamelodi Sundowns 3-1 in the final on Saturday.",
    "clock times": "The market closes at 3 pm, and trading resumes at 9:30 a.m. on Monday.",
    "rank No. 2": "Toyota remained No. 2 in the market, behind BYD.",
    "numbers glued to names": "G20 finance ministers met in Sao Paulo ahead of the COP28 climate talks.",
    "article and section numbers":
        "Under Article 5 of the treaty and Section 232 of the trade law, the tariffs apply.",
    "model numbers": "Sales of the iPhone 15 Pro and the Galaxy S24 Ultra beat forecasts.",
    "one of the": "India is one of the fastest-growing major economies.",
    "page and section numbers": "See page 12 of the report and section 4.2 of the annex.",
    "phone numbers": "For details call +254 20 123 4567 or 0800 720 000.",
    "versions": "Microsoft released version 2.1 of the software, while Windows 11 sales rose.",
    "top 10": "Reliance is among the top 10 companies by market value in Asia.",
    "Top 5": "The Top 5 exporters account for half of shipments.",
    "calendar periods to a month":
        "Profit rose in the 12 months to March, and in the nine months ended September it fell.",
    "vote tallies": "The Fed voted 9-3 to hold rates, and the Senate passed the bill 60-40.",
    "member-count adjectives": "She was named chair of the 15-member board of the 27-nation bloc.",
    "index and terminal names": "The Nikkei 225 index and the Nifty 50 closed higher, while Terminal 3 reopened.",
    "codes against digits": "The 1MDB case and the N95 mask shortage featured at COP29 in Baku.",
    "court and match results": "The court ruled 4-3 that the law was invalid, and the team lost 2-0.",
    "times with GMT and pm": "Trading halted at 1430 GMT, and the meeting ends at 11.45pm.",
    "list names": "He is one of the richest men in Asia, the Forbes 2000 list shows.",
    "plan names with years": "Saudi Arabia's Vision 2030 and the African Union's Agenda 2063 were discussed.",
    "top three and top 10 of":
        "Tesla ranked among the top three brands, and BYD is in the top 10 of global carmakers.",
    "capitalized grades": "Category 4 storms and Level 3 restrictions hit the Class 8 truck market.",
    "periods through and to end-month":
        "In the nine months through September, and in the six months to end-June, sales fell.",
    "years and fiscal years": "She joined the firm in 2015, and the 2024-25 budget was tabled in FY25.",
    "the years up to now after a superlative or first":
        "It was the first time in 10 years that exports fell, and output is the highest in two decades.",
    "the periods of the calendar after the": "Wages rose in the two quarters, as they did in the 12 months.",
}

# General news written for the 0.4.0 rules: units left unsaid, rates of compared amounts, ages, ranges,
# basis points, changes, multipliers, currency forms and news units.
NEWS_0_4 = {
    "an amount compared with one that has a unit takes it": (
        "The port handled 1.6 million TEUs last year, up from 1.45 million in 2022.",
        [quantity("1.6 million TEUs", 1.6e6, "twenty-foot equivalent unit", surface="TEUs"),
         quantity("1.45 million", 1.45e6, "twenty-foot equivalent unit", surface="TEUs")],
    ),
    "money compared with a rate takes the rate": (
        "Tea averaged $2.80 per kilogram at the auction, compared with $2.53 a year earlier.",
        [money("$2.80 per kilogram", 2.8, "USD per kilogram", surface="$ per kilogram"),
         money("$2.53", 2.53, "USD per kilogram", surface="$")],
    ),
    "a change takes the rate of the level it reached": (
        "Coffee futures rose 3.4 cents to $2.45 a pound, and cocoa climbed $150 to $8,200 a tonne.",
        [money("3.4 cents", 0.034, "USD per pound", "up", surface="cents"),
         money("$2.45 a pound", 2.45, "USD per pound", surface="$ a pound"),
         money("$150", 150.0, "USD per tonne", "up", surface="$"),
         money("$8,200 a tonne", 8200.0, "USD per tonne", surface="$ a tonne")],
    ),
    "a count left unsaid in a joined clause": (
        "The blast killed 12 people and injured 40, and the carmaker recalled 1.2 million cars in the U.S. "
        "and about 200,000 in Canada.",
        [quantity("12 people", 12.0, "person", surface="people"),
         quantity("40", 40.0, "person", surface="people"),
         quantity("1.2 million cars", 1.2e6, "car", surface="cars"),
         quantity("about 200,000", 200000.0, "car", "~", surface="cars")],
    ),
    "partitives": (
        "Electric cars made up 18% of new sales, or 14 million of the 78 million cars sold.",
        [percent("18%", 18.0, surface="%"),
         quantity("14 million", 1.4e7, "car", surface="cars"),
         quantity("78 million cars", 7.8e7, "car", surface="cars")],
    ),
    "ages after people and age nouns": (
        "The scheme covers children under five and people over 65, and the voting age falls to 16.",
        [quantity("under five", 5.0, "year of age", "<"),
         quantity("over 65", 65.0, "year of age", ">"),
         quantity("16", 16.0, "year of age")],
    ),
    "ages in the plural and ranges of ages": (
        "It targets 18- to 25-year-olds and 65-year-olds.",
        [quantity("18- to 25-year-olds", 18.0, "year of age", surface="year-olds", value_max=25.0),
         quantity("65-year-olds", 65.0, "year of age", surface="year-olds")],
    ),
    "over as a preposition of a period": (
        "The plan creates 1.5 million jobs over 10 years, after over 20 years of talks.",
        [quantity("1.5 million jobs", 1.5e6, "job", surface="jobs"),
         quantity("10 years", 10.0, "year", surface="years"),
         quantity("over 20 years", 20.0, "year", ">", surface="years")],
    ),
    "ranges of two full amounts with to": (
        "Tariffs of 10% to 25% apply, and growth of 2.5% to 3.5% is expected.",
        [percent("10% to 25%", 10.0, surface="%", value_max=25.0),
         percent("2.5% to 3.5%", 2.5, surface="%", value_max=3.5)],
    ),
    "money per any noun after a": (
        "Fares rise to 45 euros a crossing, and coffee sells at $2.45 a pound.",
        [money("45 euros a crossing", 45.0, "EUR per crossing", surface="euros a crossing"),
         money("$2.45 a pound", 2.45, "USD per pound", surface="$ a pound")],
    ),
    "minus before a temperature": (
        "Temperatures fell to minus 20 degrees Celsius in Harbin and −3 C in Oslo; convert - 20 degrees.",
        [quantity("minus 20 degrees Celsius", -20.0, "degree Celsius", surface="degrees Celsius"),
         quantity("−3 C", -3.0, "degree Celsius", surface="C"),
         quantity("- 20 degrees", -20.0, "degree", surface="degrees")],
    ),
    "and a half": (
        "Drivers must rest after four and a half hours.",
        [quantity("four and a half hours", 4.5, "hour", surface="hours")],
    ),
    "spaced one-letter units": (
        "The crane reaches 48 m, and a 5 l tank holds it.",
        [quantity("48 m", 48.0, "metre", surface="m")],
    ),
    "basis points in percentage points": (
        "The bank cut rates by 25 basis points, its third 25-basis-point cut, as spreads widened 10-15 bps.",
        [percent("25 basis points", 0.25, "down", surface="basis points", unit="percentage_point"),
         percent("25-basis-point", 0.25, "down", surface="basis-point", unit="percentage_point"),
         percent("10-15 bps", 0.1, "up", surface="bps", unit="percentage_point", value_max=0.15)],
    ),
    "a trend wins over a bound on the change, not on the level": (
        "Output rose more than 4%, while mortgage rates fell below 6%.",
        [percent("more than 4%", 4.0, "up", surface="%"),
         percent("below 6%", 6.0, "<", surface="%")],
    ),
    "an amount at a level after a trend": (
        "Shares closed 3% higher at $50.",
        [percent("3%", 3.0, "up", surface="%"),
         money("$50", 50.0, "USD", surface="$")],
    ),
    "a change through the noun it belongs to": (
        "The ministry reported an increase in exports of 5%.",
        [percent("5%", 5.0, "up", surface="%")],
    ),
    "multipliers": (
        "Power prices hit about three times the level of 2019.",
        [quantity("about three times", 3.0, "time", "~", surface="times")],
    ),
    "plural names counted": (
        "About 1,500 Kenyans and 300 Ugandans work at the zone, and Apple sold 232 million iPhones.",
        [quantity("About 1,500 Kenyans", 1500.0, "kenyan", "~", surface="Kenyans"),
         quantity("300 Ugandans", 300.0, "ugandan", surface="Ugandans"),
         quantity("232 million iPhones", 2.32e8, "iphone", surface="iPhones")],
    ),
    "a name before the amount outside its phrase": (
        "I tried to call Bob 3 times already.",
        [quantity("3 times", 3.0, "time", surface="times")],
    ),
    "codes of traded currencies against whole numbers": (
        "Vouchers worth USD50 and EUR250 were handed out.",
        [money("USD50", 50.0, "USD", surface="USD"),
         money("EUR250", 250.0, "EUR", surface="EUR")],
    ),
    "a currency name before the amount": (
        "The price starts at dollar 22.5 million, and the loan is rupees 500 crore.",
        [money("dollar 22.5 million", 2.25e7, "USD", surface="dollar"),
         money("rupees 500 crore", 5e9, "INR", surface="rupees")],
    ),
    "symbols of other scripts from the registry": (
        "The ticket cost 100元.",
        [money("100元", 100.0, "CNY", surface="元")],
    ),
    "glued m as metres by a word of length": (
        "The tower is 1.8m tall, and the outreach is 48m.",
        [quantity("1.8m", 1.8, "metre", surface="m"),
         quantity("48m", 48.0, "metre", surface="m")],
    ),
    "bracketed unit symbols": (
        "The weight is 20 (kg).",
        [quantity("20 (kg)", 20.0, "kilogram", surface="kg")],
    ),
    "a scaled amount after money in its sentence": (
        "The Treasury set aside Sh12.5 billion for the port, and a further 3 billion for roads.",
        [money("Sh12.5 billion", 1.25e10, "KES", surface="Sh"),
         money("3 billion", 3e9, "KES", surface="Sh")],
    ),
    "one period after a preposition of duration": (
        "Ships were cleared within a week, and the ban lasted for a year.",
        [quantity("within a week", 1.0, "week", "<", surface="week"),
         quantity("a year", 1.0, "year", surface="year")],
    ),
    "a possessive before a dollar sign": (
        "Norway's $1.7 trillion fund returned 8.6%.",
        [money("$1.7 trillion", 1.7e12, "USD", surface="$"),
         percent("8.6%", 8.6, surface="%")],
    ),
    "model numbers inside a counted phrase": (
        "Emirates will take 65 Boeing 777X jets.",
        [quantity("65 Boeing 777X jets", 65.0, "jet", surface="jets")],
    ),
    "news units": (
        "The plant makes 5.2 mtpa, the field pumps 120,000 barrels of oil equivalent per day and the "
        "300,000-dwt tanker sailed.",
        [quantity("5.2 mtpa", 5.2, "million tonne per year", surface="mtpa"),
         quantity("120,000 barrels of oil equivalent per day", 120000.0, "barrel of oil equivalent per day",
                  surface="barrels of oil equivalent per day"),
         quantity("300,000-dwt", 300000.0, "deadweight tonne", surface="dwt")],
    ),
    "an increment counts the nearest subject or object": (
        "The company has 1,200 employees in 14 countries and plans to hire 300 more.",
        [quantity("1,200 employees", 1200.0, "employee", surface="employees"),
         quantity("14 countries", 14.0, "country", surface="countries"),
         quantity("300", 300.0, "employee", "up", surface="employees")],
    ),
    "1,200 of them": (
        "Some 35,000 trucks, 1,200 of them Kenyan, cross each month.",
        [quantity("Some 35,000 trucks", 35000.0, "truck", "~", surface="trucks"),
         quantity("1,200", 1200.0, "truck", surface="trucks")],
    ),
    "a 30,000-square-foot warehouse": (
        "A 30,000-square-foot warehouse was leased.",
        [quantity("30,000-square-foot", 30000.0, "square foot", surface="square-foot")],
    ),
}

NEWS_0_4_NOT_QUANTITIES = {
    "the years up to now after a superlative": "Output is the highest in eight years.",
    "the calendar period after the": "Wages rose in the two quarters.",
    "a year earlier after over": "Output was higher over a year earlier.",
    "one of the": "The region is one of the outlets of the railway.",
    "a one-letter symbol before a hyphen": "24703 L-202",
}

NEWS_0_5 = {
    "a bare degree sign": (
        "The dish turned 45° on its mount.",
        [quantity("45°", 45.0, "degree", surface="°")],
    ),
    "per annum": (
        "The bonds pay 6.5% per annum since the reset.",
        [percent("6.5% per annum", 6.5, surface="% per annum", unit="percent per year")],
    ),
    "what is measured between a unit and its period": (
        "The mine will produce 40,000 tonnes of nickel ore a year and ship 2 million barrels of oil per day.",
        [quantity("40,000 tonnes of nickel ore a year", 40000.0, "tonne per year", surface="tonnes a year"),
         quantity("2 million barrels of oil per day", 2000000.0, "barrel per day", surface="barrels per day")],
    ),
    "what is measured before a date stays a plain amount": (
        "Farmers sold 300 tonnes of maize a year ago.",
        [quantity("300 tonnes", 300.0, "tonne", surface="tonnes")],
    ),
    "more or less after an amount": (
        "The shed is 14 metres more or less.",
        [quantity("14 metres more or less", 14.0, "metre", "~", surface="metres")],
    ),
    "a comparative governing a noun is minus": (
        "The fund returned 9.2% less annual charges.",
        [percent("9.2%", 9.2, surface="%")],
    ),
    "over a period of an action with its object": (
        "I want to borrow $20000 over 4 years",
        [money("$20000", 20000.0, "USD", surface="$"),
         quantity("4 years", 4.0, "year", surface="years")],
    ),
    "over a period that bounds what it took": (
        "The rebuild took over 4 years.",
        [quantity("over 4 years", 4.0, "year", ">", surface="years")],
    ),
    "a code spelt like a word before a count": (
        "ALL 12 ministers resigned, and the fee was ALL 3,000.",
        [quantity("12 ministers", 12.0, "minister", surface="ministers"),
         money("ALL 3,000", 3000.0, "ALL", surface="ALL")],
    ),
    "inches as a quote before a word of length or after feet": (
        "The blade is 9 \" long, and the player stands 6 ft 3 in tall.",
        [quantity('9 "', 9.0, "inch", surface='"'),
         quantity("6 ft", 6.0, "foot", surface="ft"),
         quantity("3 in", 3.0, "inch", surface="in")],
    ),
    "in after feet before a noun phrase is the preposition": (
        "It is 6 ft 3 in the brochure.",
        [quantity("6 ft", 6.0, "foot", surface="ft")],
    ),
    "bits with a capital prefix": (
        "The cable carries 40 Gb and the chip holds 2 Tb.",
        [quantity("40 Gb", 40.0, "gigabit", surface="Gb"),
         quantity("2 Tb", 2.0, "terabit", surface="Tb")],
    ),
    "adjectives joined by a comma before the counted noun": (
        "Hundreds of small, independent farms applied.",
        [quantity("Hundreds of small, independent farms", 100.0, "farm", ">", surface="farms")],
    ),
    "a bound joined by a hyphen": (
        "The fair drew 3,000-odd buyers from 40-plus countries.",
        [quantity("3,000-odd buyers", 3000.0, "buyer", ">", surface="buyers"),
         quantity("40-plus countries", 40.0, "country", ">", surface="countries")],
    ),
    "a bound joined by a hyphen after the unit": (
        "Turnout was 55 percent-plus.",
        [percent("55 percent-plus", 55.0, ">")],
    ),
    "a trend stated by the particle of a verb of movement": (
        "Rents ticked up 0.4 percent, while staff costs made up 35 percent.",
        [percent("0.4 percent", 0.4, "up"), percent("35 percent", 35.0)],
    ),
    "English words that pint reads as units": (
        "The city runs 80 bus lines on 2,000 poles.",
        [quantity("80 bus lines", 80.0, "bus line", surface="bus lines"),
         quantity("2,000 poles", 2000.0, "pole", surface="poles")],
    ),
    "a bare count after topped": (
        "Foreign visitors topped 3 million.",
        [quantity("3 million", 3000000.0, "visitor", ">", surface="visitors")],
    ),
    "points before the percentage they lead to are percentage points": (
        "The jobless rate rose 0.2 points to 4.1%, and the index fell 30 points to 7,200.",
        [percent("0.2 points", 0.2, "up", surface="points", unit="percentage_point"),
         percent("4.1%", 4.1, surface="%"),
         quantity("30 points", 30.0, "point", "down", surface="points")],
    ),
    "pence glued to a small amount where the document writes pounds": (
        "The shares rose 4.5p to 310p, valuing the group at £2bn.",
        [money("4.5p", 0.045, "GBP", "up", surface="p"),
         money("310p", 3.1, "GBP", surface="p"),
         money("£2bn", 2e9, "GBP", surface="£")],
    ),
    "lemmas the tagger gets wrong and nautical miles": (
        "The ship sailed 900 nautical miles with 4,000 doses for 3 bases.",
        [quantity("900 nautical miles", 900.0, "nautical mile", surface="nautical miles"),
         quantity("4,000 doses", 4000.0, "dose", surface="doses"),
         quantity("3 bases", 3.0, "base", surface="bases")],
    ),
    "fractions before a unit and of a scale word": (
        "The bank cut rates by half a percentage point, the walk takes half an hour, "
        "and the chain employs a quarter of a million people.",
        [percent("half a percentage point", 0.5, "down", surface="percentage point", unit="percentage_point"),
         quantity("half an hour", 0.5, "hour", surface="hour"),
         quantity("a quarter of a million people", 250000.0, "person", surface="people")],
    ),
    "the part of a ratio is no amount": (
        "Rents cost £900 a month, and 1 in 4 tenants are behind.",
        [money("£900 a month", 900.0, "GBP per month", surface="£ a month"),
         quantity("4 tenants", 4.0, "tenant", surface="tenants")],
    ),
    "pc is percent in British news, not parsecs; PC in capitals is a computer": (
        "Rents rose 4.5pc, and the firm sold 300 PC monitors.",
        [percent("4.5pc", 4.5, "up", surface="pc"),
         quantity("300 PC monitors", 300.0, "pc monitor", surface="PC monitors")],
    ),
    "pts are points, not pints": (
        "The index shed 45 pts.",
        [quantity("45 pts", 45.0, "point", "down", surface="pts")],
    ),
    "miles per gallon": (
        "The hybrid gets 52 mpg.",
        [quantity("52 mpg", 52.0, "mile per gallon", surface="mpg")],
    ),
    "an age set off by commas after a name or a noun of people": (
        "The driver, 47, Maria Lopez, 29, and her son, 8, were treated.",
        [quantity("47", 47.0, "year of age"), quantity("29", 29.0, "year of age"), quantity("8", 8.0, "year of age")],
    ),
}

NEWS_0_5_NOT_QUANTITIES = {
    "a number after a plural noun set off by commas counts it": "The finalists, 12, met.",
    "a verb spelt like a currency before a score": "The home side won 3-1.",
    "a number after a place or a month, or in a list, is no age": "Across Spain, 40, in June, 7, 8, 9.",
    "a glued p without pounds in the document is no money": "The set streams 720p video.",
    "a year before the results it dates": "The group posted 2019 earnings of note.",
}

# A bare currency name shared by several currencies takes the one the document writes explicitly.
DOCUMENT_CURRENCY = [
    ("The telecom paid 200 billion shillings in taxes.", "KES"),
    ("MTN Uganda's profit rose to UGX 500 billion, and the telecom paid 200 billion shillings in taxes.", "UGX"),
    ("The Ugandan shilling firmed, and the telecom paid 200 billion shillings in taxes.", "UGX"),
    ("Airtel paid TSh 90 billion and UGX 500 billion, and the telecom paid 200 billion shillings in taxes.", "KES"),
]

APPROXIMATORS_AND_BOUNDS = [
    ("about", "~"), ("nearly", "~"), ("around", "~"), ("approximately", "~"), ("roughly", "~"), ("some", "~"),
    ("up to", "<"), ("less than", "<"), ("within", "<"), ("under", "<"), ("no more than", "<"), ("below", "<"),
    ("more than", ">"), ("over", ">"), ("at least", ">"), ("above", ">"), ("exceeding", ">"), ("upwards of", ">"),
]

TRENDS = [
    ("Exports rose by 5 percent.", "up"),
    ("Exports increased 5 percent year-on-year.", "up"),
    ("Exports grew by 5 percent.", "up"),
    ("Exports soared 5 percent.", "up"),
    ("Exports jumped 5 percent.", "up"),
    ("Exports saw a year-on-year increase of 5 percent.", "up"),
    ("Exports were up 5 percent.", "up"),
    ("Exports fell 5 percent.", "down"),
    ("Exports dropped by 5 percent.", "down"),
    ("Exports declined 5 percent.", "down"),
    ("Exports decreased by 5 percent.", "down"),
    ("Exports recorded a decrease of 5 percent.", "down"),
    ("Exports were down 5 percent.", "down"),
    ("Exports rose to 5 percent.", "="),
]


@pytest.mark.parametrize("text, expected", EXAMPLES.values(), ids=EXAMPLES.keys())
def test_finds_quantities_with_their_attributes(run_plugin, text, expected):
    assert run_plugin(quantities, text) == expected


@pytest.mark.parametrize("text", NOT_QUANTITIES.values(), ids=NOT_QUANTITIES.keys())
def test_leaves_out_what_is_not_a_quantity(run_plugin, text):
    assert run_plugin(quantities, text) == []


@pytest.mark.parametrize("text, expected", INTERNATIONAL_NEWS.values(), ids=INTERNATIONAL_NEWS.keys())
def test_finds_money_and_counts_in_international_news(run_plugin, text, expected):
    assert run_plugin(quantities, text) == expected


@pytest.mark.parametrize("text, expected", GENERAL_NEWS.values(), ids=GENERAL_NEWS.keys())
def test_finds_rates_compound_units_ages_and_wire_money_in_general_news(run_plugin, text, expected):
    assert run_plugin(quantities, text) == expected


@pytest.mark.parametrize("text", NEWS_NOT_QUANTITIES.values(), ids=NEWS_NOT_QUANTITIES.keys())
def test_leaves_out_news_numbers_that_are_not_quantities(run_plugin, text):
    assert run_plugin(quantities, text) == []


@pytest.mark.parametrize("text, expected", NEWS_0_4.values(), ids=NEWS_0_4.keys())
def test_finds_units_left_unsaid_rates_ages_and_news_forms(run_plugin, text, expected):
    assert run_plugin(quantities, text) == expected


@pytest.mark.parametrize("text", NEWS_0_4_NOT_QUANTITIES.values(), ids=NEWS_0_4_NOT_QUANTITIES.keys())
def test_leaves_out_calendar_periods_and_names(run_plugin, text):
    assert run_plugin(quantities, text) == []


@pytest.mark.parametrize("text, expected", NEWS_0_5.values(), ids=NEWS_0_5.keys())
def test_finds_degrees_rates_over_a_measured_thing_and_bounds_after(run_plugin, text, expected):
    assert run_plugin(quantities, text) == expected


@pytest.mark.parametrize("text", NEWS_0_5_NOT_QUANTITIES.values(), ids=NEWS_0_5_NOT_QUANTITIES.keys())
def test_leaves_out_a_year_before_the_figures_it_dates(run_plugin, text):
    assert run_plugin(quantities, text) == []


@pytest.mark.parametrize("text, code", DOCUMENT_CURRENCY)
def test_a_bare_shared_currency_name_takes_the_code_the_document_writes(run_plugin, text, code):
    found = run_plugin(quantities, text)
    assert found[-1] == money("200 billion shillings", 2e11, code, surface="shillings")


@pytest.mark.parametrize("words, change", APPROXIMATORS_AND_BOUNDS)
def test_bounding_words_join_the_span_and_set_change(run_plugin, words, change):
    found = run_plugin(quantities, f"The review took {words} 24 hours.")
    assert found == [quantity(f"{words} 24 hours", 24.0, "hour", change, surface="hours")]


@pytest.mark.parametrize("text, change", TRENDS)
def test_trend_words_stay_outside_and_set_change(run_plugin, text, change):
    assert run_plugin(quantities, text) == [percent("5 percent", 5.0, change)]


def normalize(nlp, text, drawn, label="MONEY", settings=None):
    doc = nlp(text)
    start = text.index(drawn)
    return quantities.annotate_normalize(doc=doc, start=start, end=start + len(drawn), label=label,
                                         settings=settings or Settings())


@pytest.mark.parametrize("drawn, label, expected", [
    ("nearly 100 million yuan", "MONEY", {"value": 1e8, "unit": "CNY", "change": "~", "surface_unit": "yuan"}),
    ("100 million yuan", "MONEY", {"value": 1e8, "unit": "CNY", "change": "=", "surface_unit": "yuan"}),
    ("12.5 percent", "PERCENT", {"value": 12.5, "unit": "percent", "change": "up", "surface_unit": "percent"}),
    ("rose by 12.5 percent", "PERCENT", {"value": 12.5, "unit": "percent", "change": "up", "surface_unit": "percent"}),
    ("50 truck", "QUANTITY", {"value": 50.0, "unit": "truck", "change": "=", "surface_unit": "truck"}),
    ("tractors", "QUANTITY", {"value": None, "unit": None, "change": None, "surface_unit": None}),
])
def test_normalize_recomputes_the_attributes_of_a_drawn_span(nlp, drawn, label, expected):
    text = "Revenue rose by 12.5 percent to nearly 100 million yuan after it sold 50 truck tractors."
    assert normalize(nlp, text, drawn, label) == expected


def test_normalize_answers_only_for_quantity_labels(nlp):
    assert normalize(nlp, "Xinjiang sold 50 trucks.", "Xinjiang", label="GPE") is None


@pytest.mark.parametrize("text", [
    "Exports grew 7.6 percent and 5.5 percent, reaching 61.88 billion yuan ($8.6 billion) and 20,000 vehicles.",
    *[text for text, _ in GENERAL_NEWS.values()], *[text for text, _ in NEWS_0_4.values()],
    "10 rmb 20 usd", "$ 20,000.00 $ 37,305.97 february expenses",
])
def test_predicted_attributes_equal_the_normalized_ones(nlp, run_plugin, text):
    for span_text, label, attrs in run_plugin(quantities, text):
        assert normalize(nlp, text, span_text, label) == attrs


def test_data_option_merges_an_extra_table(tmp_path, run_plugin):
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps({"currencies": {"XDR": {"names": ["special drawing rights"]}}}), encoding="utf-8")
    settings = Settings(options={"quantities": {"data": str(extra)}})
    found = run_plugin(quantities, "The IMF lent 5 billion special drawing rights.", settings)
    assert found == [money("5 billion special drawing rights", 5e9, "XDR", surface="special drawing rights")]


def test_data_option_adds_a_country_to_a_currency_family(tmp_path, run_plugin):
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps({"currency_families": {"dollar": {"codes": {"GYD": ["Guyanese"]}}}}), encoding="utf-8")
    settings = Settings(options={"quantities": {"data": str(extra)}})
    found = run_plugin(quantities, "Exxon paid 40 billion Guyanese dollars, or 40 billion dollars.", settings)
    assert found == [money("40 billion Guyanese dollars", 4e10, "GYD", surface="Guyanese dollars"),
                     money("40 billion dollars", 4e10, "GYD", surface="dollars")]


def test_merge_data_merges_objects_and_extends_lists():
    base = {"units": {"tonne": {"names": ["tonnes"]}}, "months": ["May"], "factor": 1}
    extra = {"units": {"tonne": {"names": ["tons"]}, "bale": {"names": ["bales"]}}, "months": ["May", "Sept"],
             "factor": 2}
    assert merge_data(base, extra) == {
        "units": {"tonne": {"names": ["tonnes", "tons"]}, "bale": {"names": ["bales"]}},
        "months": ["May", "Sept"],
        "factor": 2,
    }


def test_declares_its_labels_and_components():
    registered = []
    quantities.annotate_labels(register=lambda *args: registered.append(args))
    assert [(family, label) for family, label, _ in registered] == [
        ("quantities", "MONEY"), ("quantities", "PERCENT"), ("quantities", "QUANTITY")]
    assert all(description.endswith(".") for _, _, description in registered)
    assert "ner" not in quantities.annotate_spacy_components()
    assert quantities.__version__ == "0.5.0"
