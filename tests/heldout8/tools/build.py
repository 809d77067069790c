"""Builds gold.jsonl and gold.ignore.jsonl for /tmp/heldout8 from the annotations below.
Annotation row: (country, metric, keywords, value, unit, year, quote, tier, value_ok, year_ok)
Ignore row: (country, value, note)"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
G, I = {}, {}
def g(art, c, metric, kw, value, unit, year, quote, tier="core", vok=(), yok=()):
    G.setdefault(art, []).append(dict(article=art, country=c, metric=metric, keywords=list(kw), value=value,
        value_ok=list(vok), unit=unit, year=year, year_ok=list(yok), quote=quote, tier=tier))
def ig(art, c, value, note):
    I.setdefault(art, []).append(dict(article=art, country=c, value=value, note=note))

DEF = ["deficit", "balance", "borrowing"]; DEBT = ["debt"]
a = "901_financialpost-imf-debt-deficits.md"  # date 2024-04-18; last year = 2023
g(a,"USA","general_government_deficit_pct_gdp",DEF,8.8,"%",2023,"the United States ran a general government deficit of 8.8% of GDP last year",vok=[-8.8])
g(a,"USA","general_government_deficit_pct_gdp",DEF,4.1,"%",2022,"up from 4.1% in 2022",vok=[-4.1])
g(a,"USA","gross_debt_pct_gdp",DEBT,122,"%",2023,"American gross debt climbed to about 122% of output")
g(a,"USA","net_interest_outlays",["interest"],659e9,"USD",2023,"Washington spent $659 billion on net interest in fiscal 2023",vok=[659])
g(a,"ITA","general_government_deficit_pct_gdp",DEF,7.4,"%",2023,"Italy's deficit came in at 7.4% of GDP",vok=[-7.4])
g(a,"ITA","gross_debt_pct_gdp",DEBT,137.3,"%",2023,"the country's debt stood at 137.3% of GDP")
g(a,"FRA","general_government_deficit_pct_gdp",DEF,5.5,"%",2023,"France posted a shortfall of 5.5% of GDP",vok=[-5.5])
g(a,"FRA","gross_debt_pct_gdp",DEBT,110.6,"%",2023,"leaving its debt ratio at 110.6%")
g(a,"DEU","general_government_deficit_pct_gdp",DEF,2.5,"%",2023,"kept its deficit to 2.5%",vok=[-2.5])
g(a,"DEU","gross_debt_pct_gdp",DEBT,63.6,"%",2023,"saw its debt ratio edge down to 63.6%")
g(a,"JPN","gross_debt_pct_gdp",DEBT,252,"%",2023,"Gross debt was roughly 252% of GDP",yok=[2024])
g(a,"JPN","net_debt_pct_gdp",DEBT,156,"%",2023,"the nation's net debt, which nets out large holdings of financial assets, is closer to 156%",yok=[2024])
g(a,"GBR","public_sector_net_borrowing",DEF,120.7e9,"GBP",2023,"Britain's public sector net borrowing for the 2023-24 fiscal year came to £120.7 billion",vok=[120.7,-120.7e9],yok=[2024])
g(a,"GBR","public_sector_net_borrowing_pct_gdp",DEF,4.4,"%",2023,"or 4.4% of GDP",vok=[-4.4],yok=[2024])
g(a,"CAN","net_debt_pct_gdp",DEBT,14,"%",2024,"Canada has the lowest net debt in the G7, at about 14% of GDP",tier="hard",yok=[2023])
g(a,"BRA","nominal_deficit_pct_gdp",DEF,8.9,"%",2023,"the country's nominal deficit, which includes interest payments, widened to 8.9% of GDP in 2023",vok=[-8.9])
g(a,"BRA","gross_debt_pct_gdp",DEBT,74.3,"%",2023,"gross debt rose to 74.3%")
ig(a,"USA",134,"IMF forecast: U.S. debt 134% of GDP by 2029")
ig(a,"FRA",4.9,"budgeted (target) deficit")
ig(a,"ITA",2,"implied rank: debt second only to Japan's in the G7")
ig(a,"JPN",1,"implied rank: most indebted advanced economy")
ig(a,"CAN",1,"implied rank: lowest net debt in the G7")
ig(a,"CAN",5,"'Read more' headline: Bank of Canada rate at 5%")
ig(a,"CAN",6,"'Read more' headline: sixth straight meeting")

EXP = ["export", "shipment"]
a = "902_bangkokpost-thai-rice-exports.md"  # date 2024-01-10; last year = 2023
g(a,"THA","rice_exports_volume",EXP,8.76e6,"tonnes",2023,"Thailand exported 8.76 million tonnes of rice in 2023",vok=[8.76])
g(a,"THA","rice_exports_growth",EXP,14.4,"%",2023,"up 14.4% from 7.66 million tonnes in 2022")
g(a,"THA","rice_exports_volume",EXP,7.66e6,"tonnes",2022,"up 14.4% from 7.66 million tonnes in 2022",vok=[7.66])
g(a,"THA","rice_exports_value",EXP,5.1e9,"USD",2023,"earning about $5.1 billion",vok=[5.1])
g(a,"THA","rice_exporter_rank",["rank","export"],2,"rank",2023,"The kingdom held on to second place among the world's exporters, behind India.")
g(a,"IND","rice_exports_volume",EXP,17.8e6,"tonnes",2023,"still remained No. 1 with about 17.8 million tonnes",vok=[17.8])
g(a,"IND","rice_exports_volume",EXP,22.3e6,"tonnes",2022,"down from a record 22.3 million tonnes a year earlier",vok=[22.3])
g(a,"IND","rice_exporter_rank",["rank","export"],1,"rank",2023,"India, which banned most shipments of non-basmati white rice in July, still remained No. 1")
g(a,"IND","rice_production",["production","harvest","output","crop"],137e6,"tonnes",2023,"Indian farmers harvested a record 137 million tonnes in the 2023-24 crop year",vok=[137],yok=[2024])
g(a,"VNM","rice_exports_volume",EXP,8.13e6,"tonnes",2023,"Vietnam came in third place, exporting 8.13 million tonnes worth a record $4.68 billion",vok=[8.13])
g(a,"VNM","rice_exports_value",EXP,4.68e9,"USD",2023,"exporting 8.13 million tonnes worth a record $4.68 billion",vok=[4.68])
g(a,"VNM","rice_exporter_rank",["rank","export"],3,"rank",2023,"Vietnam came in third place")
g(a,"PAK","rice_exports_volume",EXP,6e6,"tonnes",2023,"Pakistan shipped nearly 6 million tonnes in its 2023-24 fiscal year",tier="hard",vok=[6],yok=[2024])
g(a,"PHL","rice_imports_volume",["import","purchase"],3.6e6,"tonnes",2023,"the Philippines and Indonesia imported about 3.6 million and 3.06 million tonnes, respectively",vok=[3.6])
g(a,"IDN","rice_imports_volume",["import","purchase"],3.06e6,"tonnes",2023,"the Philippines and Indonesia imported about 3.6 million and 3.06 million tonnes, respectively",vok=[3.06])
ig(a,"THA",7.5e6,"exporters' target for 2024"); ig(a,"THA",7.5,"exporters' target for 2024 (unscaled)")
ig(a,"THA",650,"export price of Thai 5% broken rice (commodity price)")
ig(a,"THA",490,"export price a year ago (commodity price)")
ig(a,"PHL",1,"implied rank: two largest importers"); ig(a,"IDN",2,"implied rank: two largest importers")
ig(a,"THA",12000,"'Related' headline: 12,000 baht per household")

EV = ["electric", "ev", "bev"]
a = "903_electrive-ev-share-2024.md"  # date 2025-01-28; last year = 2024
g(a,"NOR","bev_share_new_cars",EV,88.9,"%",2024,"Some 88.9% of the 128,691 new cars registered in the country last year were fully electric")
g(a,"NOR","bev_share_new_cars",EV,82.4,"%",2023,"up from 82.4% in 2023")
g(a,"NOR","new_car_registrations",["registration","sales","new car"],128691,"count",2024,"Some 88.9% of the 128,691 new cars registered in the country last year")
g(a,"NOR","bev_share_rank",["rank"],1,"rank",2024,"Norway remains No. 1.")
g(a,"DNK","bev_share_new_cars",EV,51.5,"%",2024,"Denmark ranked second with a battery-electric share of 51.5%")
g(a,"DNK","bev_share_rank",["rank"],2,"rank",2024,"Denmark ranked second")
g(a,"DEU","bev_registrations",["registration","sales"],380609,"count",2024,"German battery-electric registrations fell 27.4% to 380,609 units")
g(a,"DEU","bev_registrations_change",["registration","sales"],-27.4,"%",2024,"German battery-electric registrations fell 27.4%",vok=[27.4])
g(a,"DEU","bev_share_new_cars",EV,13.5,"%",2024,"the share of such cars dropped to 13.5% from 18.4% in 2023")
g(a,"DEU","bev_share_new_cars",EV,18.4,"%",2023,"the share of such cars dropped to 13.5% from 18.4% in 2023")
g(a,"DEU","bev_share_change",["share"],-4.9,"percentage_points",2024,"a fall of 4.9 percentage points",vok=[4.9])
g(a,"FRA","bev_share_new_cars",EV,16.9,"%",2024,"France held steady at 16.9%")
g(a,"GBR","bev_registrations",["registration","sales"],381970,"count",2024,"In the UK, 381,970 battery-electric cars were registered")
g(a,"GBR","bev_share_new_cars",EV,19.6,"%",2024,"giving a 19.6% share")
g(a,"CHN","nev_sales",["nev","new energy","sales","electric"],12.87e6,"count",2024,"China, by far the biggest market, sold 12.87 million new energy vehicles last year",vok=[12.87])
g(a,"CHN","nev_share_vehicle_sales",["nev","share","new energy"],40.9,"%",2024,"taking 40.9% of total vehicle sales")
g(a,"CHN","vehicle_sales",["vehicle sales","vehicle_sales","car sales","sales"],31.44e6,"count",2024,"total vehicle sales, which rose 4.5% to 31.44 million",vok=[31.44])
g(a,"CHN","vehicle_sales_growth",["sales","growth"],4.5,"%",2024,"total vehicle sales, which rose 4.5% to 31.44 million")
g(a,"USA","ev_sales",EV+["sales"],1.3e6,"count",2024,"about 1.3 million EVs were sold",vok=[1.3])
g(a,"USA","ev_share_new_vehicles",EV+["share"],8.1,"%",2024,"an 8.1% share")
ig(a,"GBR",22,"ZEV mandate requirement (target)"); ig(a,"GBR",28,"ZEV mandate for 2025 (target)")
ig(a,"CHN",16e6,"CAAM forecast for 2025"); ig(a,"CHN",16,"CAAM forecast for 2025 (unscaled)")
ig(a,"CHN",1,"implied rank: by far the biggest market")

PAX = ["passenger", "traffic", "air"]
a = "904_airlineweekly-asia-passenger-records.txt"  # Published 16 January 2025; last year = 2024
g(a,"CHN","air_passengers",PAX,730e6,"count",2024,"China's civil aviation system carried 730 million passengers last year",vok=[730])
g(a,"CHN","air_passengers_growth",PAX,17.9,"%",2024,"up 17.9% and comfortably above the 660 million flown in 2019")
g(a,"CHN","air_passengers",PAX,660e6,"count",2019,"the 660 million flown in 2019",vok=[660])
g(a,"IND","domestic_air_passengers",PAX,161.3e6,"count",2024,"domestic airlines flew 161.3 million passengers, 6.1% more than a year earlier",vok=[161.3])
g(a,"IND","domestic_air_passengers_growth",PAX,6.1,"%",2024,"domestic airlines flew 161.3 million passengers, 6.1% more than a year earlier")
g(a,"IND","domestic_aviation_market_rank",["rank","aviation","market"],3,"rank",2024,"India is now the world's third-largest domestic aviation market",yok=[2025])
g(a,"TUR","airport_passengers",PAX,230.1e6,"count",2024,"Turkish airports handled a record 230.1 million passengers",vok=[230.1])
g(a,"SAU","airport_passengers",PAX,128e6,"count",2024,"Saudi Arabia's airports served about 128 million travellers",vok=[128])
g(a,"BRA","air_passengers",PAX,118e6,"count",2024,"Brazilian carriers flew some 118 million passengers",vok=[118])
g(a,"USA","tsa_screenings",PAX+["screen","tsa","travel"],904e6,"count",2024,"the Transportation Security Administration screened 904 million people at airport checkpoints",vok=[904])
g(a,"JPN","foreign_visitor_arrivals",["visitor","arrival","tourist","tourism"],36.87e6,"count",2024,"Japan, meanwhile, welcomed 36.87 million foreign visitors",vok=[36.87])
ig(a,"IND",300e6,"government target for 2030"); ig(a,"IND",300,"government target (unscaled)")
ig(a,"ARE",92.3e6,"Dubai International airport-level figure"); ig(a,"ARE",92.3,"airport-level figure (unscaled)")
ig(a,"ARE",1,"implied rank: busiest airport for international travel")

TA = ["tourist", "arrival", "visitor", "tourism"]
FEE = ["earning", "receipt", "tourism", "foreign exchange"]
a = "905_economictimes-india-tourism-earnings.md"  # date 2024-07-25; last year = 2023
g(a,"IND","foreign_tourist_arrivals",TA,9.236e6,"count",2023,"India received 92.36 lakh foreign tourists in 2023",vok=[92.36])
g(a,"IND","foreign_tourist_arrivals_growth",TA+["growth"],49.2,"%",2023,"a jump of 49.2% from 61.9 lakh in 2022")
g(a,"IND","foreign_tourist_arrivals",TA,6.19e6,"count",2022,"a jump of 49.2% from 61.9 lakh in 2022",vok=[61.9])
g(a,"IND","tourism_forex_earnings",FEE,2.31e12,"INR",2023,"Foreign exchange earnings from tourism rose to Rs 2.31 lakh crore (about $28 billion) last year",vok=[2.31,28e9,28])
g(a,"IND","tourism_forex_earnings",FEE,1.34e12,"INR",2022,"from Rs 1.34 lakh crore in 2022",vok=[1.34])
g(a,"IND","tourism_forex_earnings",FEE,2.11e12,"INR",2019,"overtaking the Rs 2.11 lakh crore earned in 2019",vok=[2.11])
g(a,"IND","foreign_tourist_arrivals",TA,10.9e6,"count",2019,"below the 1.09 crore foreign visitors the country received before the pandemic",tier="hard",vok=[1.09])
g(a,"IND","domestic_tourist_visits",["domestic","visit","tourism"],2.509e9,"count",2023,"Indians made 250.9 crore domestic tourist visits in 2023",vok=[250.9])
g(a,"IND","travel_tourism_development_index_rank",["rank","tourism","ttdi"],39,"rank",2024,"India ranked 39th out of 119 economies",yok=[2023])
g(a,"IND","travel_tourism_development_index_rank",["rank","tourism","ttdi"],54,"rank",2021,"up from 54th in the 2021 edition")
g(a,"THA","international_visitor_arrivals",TA,28.2e6,"count",2023,"Thailand drew 28.2 million international visitors in 2023",vok=[28.2])
g(a,"VNM","international_visitor_arrivals",TA,12.6e6,"count",2023,"Vietnam 12.6 million",vok=[12.6])
g(a,"LKA","international_visitor_arrivals",TA,1.49e6,"count",2023,"Sri Lanka received 1.49 million",vok=[1.49])
g(a,"ESP","international_visitor_arrivals",TA,85.1e6,"count",2023,"Spain, the world's second most visited country, welcomed a record 85.1 million",vok=[85.1])
ig(a,"IND",4.78e8,"Uttar Pradesh (a state) domestic visits, 47.8 crore"); ig(a,"IND",47.8,"Uttar Pradesh, unscaled")
ig(a,"ESP",2,"implied rank: second most visited country")
ig(a,"IND",100e6,"goal for 2047"); ig(a,"IND",2047,"year as value")
ig(a,"IND",2.479e10,"budget allocation for 2024-25 (Rs 2,479 crore), planned spending"); ig(a,"IND",2479,"budget allocation, unscaled")
ig(a,"IND",119,"number of economies in the index")
ig(a,"IND",92,"headline '92 lakh' (rounded restatement of 92.36 lakh)"); ig(a,"IND",9.2e6,"headline '92 lakh' scaled")

MIL = ["military", "defense", "defence", "spending", "expenditure"]
RK = ["rank"] + MIL
a = "906_defensenews-sipri-military-spending.md"  # date 2024-04-22; data 2023
def mil(c, v, q, vok=(), tier="core"):
    g(a,c,"military_expenditure",MIL,v,"USD",2023,q,tier=tier,vok=vok)
def milg(c, v, q):
    g(a,c,"military_expenditure_growth",MIL,v,"%",2023,q)
def milr(c, v, q, year=2023, tier="core"):
    g(a,c,"military_expenditure_rank",RK,v,"rank",year,q,tier=tier)
mil("USA",916e9,"The United States remained the biggest spender by far at $916 billion",vok=[916]); milg("USA",2.3,"at $916 billion, up 2.3%")
g(a,"USA","share_of_world_military_expenditure",["share","world","global"],37,"%",2023,"accounting for 37% of the global total")
milr("USA",1,"1. United States   $916bn",tier="hard")
mil("CHN",296e9,"China was second with an estimated $296 billion",vok=[296]); milg("CHN",6.0,"a 6.0% increase"); milr("CHN",2,"China was second")
mil("RUS",109e9,"Its spending jumped 24% to an estimated $109 billion",vok=[109]); milg("RUS",24,"Its spending jumped 24% to an estimated $109 billion")
g(a,"RUS","military_expenditure_pct_gdp",MIL+["gdp"],5.9,"%",2023,"equivalent to 5.9% of the nation's GDP"); milr("RUS",3,"Russia ranked third.")
mil("IND",83.6e9,"India, in fourth place, spent $83.6 billion",vok=[83.6]); milg("IND",4.2,"spent $83.6 billion, up 4.2%"); milr("IND",4,"India, in fourth place")
mil("SAU",75.8e9,"followed by Saudi Arabia ($75.8 billion)",vok=[75.8]); milr("SAU",5,"5. Saudi Arabia    $75.8bn",tier="hard")
mil("GBR",74.9e9,"the United Kingdom ($74.9 billion)",vok=[74.9])
mil("DEU",66.8e9,"Germany's outlays grew 9.0% to $66.8 billion",vok=[66.8]); milg("DEU",9.0,"Germany's outlays grew 9.0% to $66.8 billion")
mil("UKR",64.8e9,"its spending surged 51% to $64.8 billion",vok=[64.8]); milg("UKR",51,"its spending surged 51% to $64.8 billion")
g(a,"UKR","military_expenditure_pct_gdp",MIL+["gdp"],37,"%",2023,"or 37% of GDP")
milr("UKR",8,"Ukraine climbed to eighth"); milr("UKR",11,"up from 11th a year earlier",year=2022)
g(a,"UKR","military_aid_received",["aid"],35e9,"USD",2023,"Kyiv also received at least $35 billion in military aid in 2023",tier="hard",vok=[35])
milg("POL",75,"Poland recorded the largest increase of any country, 75%"); mil("POL",31.6e9,"taking its spending to $31.6 billion",vok=[31.6])
milg("ISR",24,"Israel's spending grew 24% to $27.5 billion"); mil("ISR",27.5e9,"Israel's spending grew 24% to $27.5 billion",vok=[27.5])
mil("JPN",50.2e9,"Japan spent $50.2 billion, up 11%",vok=[50.2]); milg("JPN",11,"Japan spent $50.2 billion, up 11%")
ig(a,"CHN",29,"29th consecutive year of growth (duration)")
ig(a,"RUS",10.8e12,"2024 defence budget (planned)"); ig(a,"RUS",10.8,"2024 defence budget, unscaled")
ig(a,"GBR",6,"implied rank from 'followed by' enumeration")
ig(a,"POL",1,"implied rank: largest increase of any country")
ig(a,"USA",35e9,"aid to Ukraine 'most of it from the United States'")

a = "907_propertywire-global-housing-mortgages.md"  # no date anywhere: relative years -> null
MORT = ["mortgage", "rate"]; HP = ["price", "house", "home", "property", "dwelling"]
g(a,"USA","mortgage_rate_30y_fixed",MORT,6.08,"%",None,"the average 30-year fixed mortgage rate fell to 6.08% this week")
g(a,"USA","mortgage_rate_30y_fixed",MORT,7.79,"%",2023,"down from a peak of 7.79% in October 2023")
g(a,"USA","median_existing_home_price",HP,426900,"USD",None,"The median price of an existing home hit a record $426,900 in June")
g(a,"GBR","policy_rate",["rate","bank rate","policy","interest"],5,"%",None,"The Bank of England cut Bank Rate to 5% in August")
g(a,"GBR","mortgage_rate_2y_fixed",MORT,5.8,"%",None,"the average two-year fixed mortgage deal now stands at 5.8%")
g(a,"GBR","mortgage_rate_2y_fixed",MORT,6.85,"%",None,"compared with 6.85% a year ago")
g(a,"CAN","benchmark_home_price_change",HP,-3.9,"%",None,"Canada's benchmark home price fell 3.9% from a year earlier",vok=[3.9])
g(a,"AUS","median_dwelling_value",HP+["value"],800000,"AUD",None,"the median dwelling value reached almost A$800,000")
g(a,"CHN","new_home_price_change",HP,-5.3,"%",None,"China's new home prices fell 5.3% year on year",vok=[5.3])
g(a,"HKG","home_price_change_from_peak",HP,-25,"%",None,"Hong Kong home prices are now more than 25% below their 2021 peak",tier="hard",vok=[25])
g(a,"DEU","residential_property_price_change",HP,-8.4,"%",2023,"Residential property prices there fell 8.4% in 2023",vok=[8.4])
ig(a,"GBR",8.3,"house-price-to-earnings ratio for England ('8.3 times')")
ig(a,"AUS",24,"Perth (city) price rise"); ig(a,"AUS",23.9,"Perth, 'nearly 24%'")
ig(a,"GBR",4,"'first reduction in four years' (duration)")
ig(a,"JPN",100e6,"'Related' headline: Tokyo apartments over 100 million yen"); ig(a,"JPN",100,"same, unscaled")
ig(a,"CHN",10,"'steepest drop in nearly a decade'")

HS = ["health", "spending", "expenditure"]; LE = ["life expectancy", "life_expectancy", "longevity"]
a = "908_healthpolicywatch-oecd-health-glance.md"  # date 2023-11-07
def hs(c, v, q, year=2022, tier="core"):
    g(a,c,"health_expenditure_pct_gdp",HS,v,"%",year,q,tier=tier)
def le(c, v, q, year=2021):
    g(a,c,"life_expectancy",LE,v,"years",year,q)
hs("USA",16.6,"The United States spent 16.6% of its GDP on health in 2022")
g(a,"USA","health_expenditure_per_capita",HS+["per capita","per person"],12555,"USD",2022,"American health spending came to $12,555 per person")
g(a,"USA","national_health_expenditure",HS,4.5e12,"USD",2022,"put the country's total health bill at $4.5 trillion in 2022",vok=[4.5])
hs("USA",17.3,"or 17.3% of GDP, on a slightly different definition",tier="hard")
hs("DEU",12.7,"Germany (12.7%)"); hs("FRA",12.1,"France (12.1%)"); hs("JPN",11.5,"Japan (11.5%)")
hs("GBR",11.3,"the UK devoted 11.3%")
hs("KOR",9.7,"Korea and Turkey spent 9.7% and 4.3% of GDP, respectively"); hs("TUR",4.3,"Korea and Turkey spent 9.7% and 4.3% of GDP, respectively")
le("JPN",84.5,"Japan led the OECD with 84.5 years in 2021"); le("CHE",83.9,"ahead of Switzerland at 83.9"); le("KOR",83.6,"Korea at 83.6")
le("USA",76.4,"Americans could expect to live 76.4 years"); le("MEX",75.4,"and Mexicans 75.4"); le("LVA",73.1,"Latvia had the lowest life expectancy at 73.1 years")
le("USA",77.5,"reaching 77.5 years in 2022",year=2022)
g(a,"DEU","doctors_per_1000",["doctor","physician"],4.5,"per_1000",2023,"Germany has 4.5 doctors per 1,000 people",yok=[2021,2022])
g(a,"USA","doctors_per_1000",["doctor","physician"],2.6,"per_1000",2023,"compared with 2.6 in the United States",yok=[2021,2022])
ig(a,"USA",2.5,"'nearly two-and-a-half times the OECD average' (ratio)")
ig(a,"USA",1,"implied rank: far more than any other rich country")
ig(a,"JPN",1,"implied rank: led the OECD"); ig(a,"TUR",1,"implied rank: lowest share"); ig(a,"LVA",1,"implied rank: lowest life expectancy")
ig(a,"LVA",11,"'more than 11 years below Japan' (difference)"); ig(a,"JPN",11,"difference vs Latvia")
ig(a,"USA",4986,"OECD average per capita spending wrongly attributed")

a = "909_healthdesk-measles-resurgence.txt"  # no date: 'last year' -> null
MC = ["measles", "case"]
g(a,"ROU","measles_cases",MC,30000,"count",None,"Romania reported more than 30,000 cases since the start of last year")
g(a,"KAZ","measles_cases",MC,13000,"count",None,"Kazakhstan recorded over 13,000 cases")
g(a,"USA","measles_cases",MC,285,"count",2024,"health authorities counted 285 cases in 2024, up from 59 in 2023")
g(a,"USA","measles_cases",MC,59,"count",2023,"up from 59 in 2023")
g(a,"GBR","mmr_two_dose_coverage_age5",["mmr","coverage","vaccin","immuni"],84.5,"%",None,"In England, two-dose MMR coverage at age five has fallen to 84.5%",tier="hard")
g(a,"USA","kindergarten_mmr_coverage",["mmr","coverage","vaccin","immuni"],92.7,"%",2023,"Among American kindergartners, MMR coverage slipped to 92.7% in the 2023-24 school year",yok=[2024])
g(a,"USA","vaccine_exemption_rate",["exemption"],3.3,"%",2023,"vaccine exemptions hit a record 3.3%",yok=[2024])
g(a,"NGA","zero_dose_children",["zero-dose","zero_dose","zero dose","unvaccinated","children"],2.1e6,"count",2023,"Nigeria had the most, with 2.1 million, followed by India with 1.6 million",vok=[2.1])
g(a,"IND","zero_dose_children",["zero-dose","zero_dose","zero dose","unvaccinated","children"],1.6e6,"count",2023,"followed by India with 1.6 million",vok=[1.6])
g(a,"PAK","wild_polio_cases",["polio","case"],74,"count",2024,"Pakistan and Afghanistan, the last two countries where wild poliovirus is endemic, recorded 74 and 25 cases in 2024, respectively")
g(a,"AFG","wild_polio_cases",["polio","case"],25,"count",2024,"Pakistan and Afghanistan, the last two countries where wild poliovirus is endemic, recorded 74 and 25 cases in 2024, respectively")
ig(a,"NGA",1,"implied rank: had the most zero-dose children"); ig(a,"IND",2,"implied rank via 'followed by'")
ig(a,"PAK",2,"'last two countries' where polio is endemic"); ig(a,"AFG",2,"'last two countries'")
ig(a,"USA",0.2,"'one in five unvaccinated Americans' hospitalized (ratio)"); ig(a,"USA",20,"same as percent")
ig(a,"GBR",95,"95% coverage threshold (general target)"); ig(a,"USA",95,"95% threshold")
ig(a,"GBR",10,"'lowest in more than a decade'")

a = "910_commoditiesdaily-coffee-harvest.txt"  # no date; seasons explicit
CP = ["coffee", "production", "harvest", "output", "crop"]; CX = ["export"]
g(a,"BRA","coffee_production",CP,54.2e6,"bags_60kg",2024,"Brazil's 2024/25 coffee harvest came in at 54.2 million 60-kg bags",vok=[54.2],yok=[2025])
g(a,"BRA","coffee_production_change",CP,-1.6,"%",2024,"down 1.6% from the previous season",vok=[1.6],yok=[2025])
g(a,"BRA","arabica_production",["arabica"]+CP,39.6e6,"bags_60kg",2024,"harvested 39.6 million bags of arabica and 14.6 million bags of robusta",vok=[39.6],yok=[2025])
g(a,"BRA","robusta_production",["robusta","conilon"]+CP,14.6e6,"bags_60kg",2024,"harvested 39.6 million bags of arabica and 14.6 million bags of robusta",vok=[14.6],yok=[2025])
g(a,"BRA","coffee_exports",CX,50.4e6,"bags_60kg",2024,"Brazilian exports nonetheless hit a record 50.4 million bags in calendar 2024, up 28.8%",vok=[50.4])
g(a,"BRA","coffee_exports_growth",CX,28.8,"%",2024,"Brazilian exports nonetheless hit a record 50.4 million bags in calendar 2024, up 28.8%")
g(a,"VNM","coffee_production",CP,27.5e6,"bags_60kg",2023,"produced about 27.5 million bags in 2023/24",vok=[27.5],yok=[2024])
g(a,"VNM","coffee_producer_rank",["rank"]+CP,2,"rank",None,"Vietnam, the second-biggest grower")
g(a,"COL","coffee_production",CP,13.98e6,"bags_60kg",2024,"Colombia's output rose 23% to 13.98 million bags in 2024",vok=[13.98])
g(a,"COL","coffee_production_growth",CP,23,"%",2024,"Colombia's output rose 23% to 13.98 million bags in 2024")
g(a,"ETH","coffee_production",CP,8.4e6,"bags_60kg",None,"Ethiopia and Indonesia produced 8.4 million and 10.9 million bags, respectively",vok=[8.4])
g(a,"IDN","coffee_production",CP,10.9e6,"bags_60kg",None,"Ethiopia and Indonesia produced 8.4 million and 10.9 million bags, respectively",vok=[10.9])
g(a,"UGA","coffee_exports",CX,6.13e6,"bags_60kg",2023,"Uganda's exports reached a record 6.13 million bags in the 2023/24 financial year",vok=[6.13],yok=[2024])
ig(a,"BRA",51.8e6,"Conab forecast for 2025/26"); ig(a,"BRA",51.8,"forecast, unscaled")
ig(a,"BRA",1,"implied rank: world's largest producer"); ig(a,"VNM",1,"implied rank: top robusta producer")
ig(a,"COL",5,"'highest in five years'")
ig(a,"USA",3.44,"arabica futures price in New York (commodity price)")

a = "911_energywire-oil-gas-output-records.txt"  # March 12, 2025; last year = 2024
OIL = ["crude", "oil", "production", "output"]; LNG = ["lng", "liquefied", "gas", "export"]
g(a,"USA","crude_oil_production",OIL,13.2e6,"barrels_per_day",2024,"U.S. crude production averaged 13.2 million barrels per day last year",vok=[13.2])
g(a,"USA","crude_oil_production",OIL,12.9e6,"barrels_per_day",2023,"up from 12.9 million bpd in 2023",vok=[12.9])
g(a,"USA","lng_exports",LNG,88.4e6,"tonnes",2024,"The country was also the largest exporter of liquefied natural gas, shipping 88.4 million tonnes",vok=[88.4])
g(a,"AUS","lng_exports",LNG,80.8e6,"tonnes",2024,"Australia and Qatar shipped 80.8 and 77.2 million tonnes, respectively",vok=[80.8])
g(a,"QAT","lng_exports",LNG,77.2e6,"tonnes",2024,"Australia and Qatar shipped 80.8 and 77.2 million tonnes, respectively",vok=[77.2])
g(a,"SAU","crude_oil_production",OIL,9e6,"barrels_per_day",2024,"Saudi Arabia pumped about 9 million bpd",vok=[9])
g(a,"RUS","crude_oil_production",OIL,9.2e6,"barrels_per_day",2024,"Russia produced roughly 9.2 million bpd",vok=[9.2])
g(a,"CAN","crude_oil_production",OIL,4.9e6,"barrels_per_day",2024,"Canada's output reached a record of nearly 4.9 million bpd",vok=[4.9])
g(a,"GUY","crude_oil_production",OIL,616000,"barrels_per_day",2024,"averaged 616,000 bpd")
g(a,"BRA","crude_oil_production",OIL,3.4e6,"barrels_per_day",2024,"Brazil pumped 3.4 million bpd",vok=[3.4])
g(a,"BRA","crude_oil_production_change",OIL,-1,"%",2024,"down 1% from a year earlier",vok=[1])
g(a,"NOR","pipeline_gas_exports",["gas","export"],117e9,"cubic_meters",2024,"Norway's pipeline gas exports came to about 117 billion cubic meters",vok=[117])
ig(a,"USA",13.6e6,"EIA forecast for 2025"); ig(a,"USA",13.6,"forecast, unscaled")
ig(a,"GUY",1.3e6,"target for 2027"); ig(a,"GUY",1.3,"target, unscaled")
ig(a,"USA",1,"implied rank: largest LNG exporter / record for any country")
ig(a,"NOR",1,"implied rank: the continent's main supplier")
ig(a,"GUY",2019,"year production began")

PS = ["pisa", "score"]
def kwp(sub): return PS + [sub]
a = "912_straitstimes-pisa-2022-results.md"  # date 2023-12-05; test year 2022
def ps(c, v, q, sub="math", metric="pisa_math_score", tier="core"):
    g(a,c,metric,kwp(sub),v,"score",2022,q,tier=tier,yok=[2023])
ps("SGP",575,"Singapore students scored 575 points in mathematics, 543 in reading and 561 in science")
ps("SGP",543,"Singapore students scored 575 points in mathematics, 543 in reading and 561 in science",sub="read",metric="pisa_reading_score")
ps("SGP",561,"Singapore students scored 575 points in mathematics, 543 in reading and 561 in science",sub="science",metric="pisa_science_score")
for sub, m in (("math","pisa_math_rank"),("read","pisa_reading_rank"),("science","pisa_science_rank")):
    g(a,"SGP",m,[sub],1,"rank",2022,"placing the Republic first in each domain",yok=[2023])
ps("MAC",552,"Macao was second with 552 points")
g(a,"MAC","pisa_math_rank",["math","rank"],2,"rank",2022,"Macao was second with 552 points",yok=[2023])
ps("TWN",547,"followed by Taiwan (547)"); ps("HKG",540,"Hong Kong (540)"); ps("JPN",536,"Japan (536)"); ps("KOR",527,"South Korea (527)")
ps("JPN",547,"Japan, which scored 547 in science",sub="science",metric="pisa_science_score")
ps("EST",510,"Estonia was the best-performing European country, with 510 in maths")
ps("DEU",475,"German students scored 475 in maths, down 25 points from 2018")
g(a,"DEU","pisa_math_score_change",["pisa","math","change","score"],-25,"points",2022,"German students scored 475 in maths, down 25 points from 2018",vok=[25],yok=[2023])
ps("USA",465,"American students scored 465, a fall of 13 points")
g(a,"USA","pisa_math_score_change",["pisa","math","change","score"],-13,"points",2022,"American students scored 465, a fall of 13 points",vok=[13],yok=[2023])
ps("GBR",489,"Britain scored 489 and ranked 14th in maths")
g(a,"GBR","pisa_math_rank",["math","rank"],14,"rank",2022,"Britain scored 489 and ranked 14th in maths",yok=[2023])
ps("PHL",355,"the Philippines scored 355 and Cambodia 336"); ps("KHM",336,"the Philippines scored 355 and Cambodia 336")
ig(a,"TWN",3,"implied rank via 'followed by'"); ig(a,"HKG",4,"implied rank"); ig(a,"JPN",5,"implied rank"); ig(a,"KOR",6,"implied rank")
ig(a,"JPN",1,"top OECD member (implied rank)"); ig(a,"EST",1,"best-performing European country (implied rank)")
ig(a,"SGP",6600,"number of students who sat the test"); ig(a,"SGP",164,"number of schools")
ig(a,"SGP",15,"age of students"); ig(a,"SGP",80,"80 other education systems")
ig(a,"KHM",1,"implied rank: bottom of the table")

if __name__ == "__main__":
    with open(os.path.join(ROOT,"gold.jsonl"),"w") as f:
        for art in sorted(G):
            for r in G[art]:
                f.write(json.dumps({k: r[k] for k in ("article","country","metric","keywords","value","value_ok","unit","year","year_ok","quote","tier")}, ensure_ascii=False)+"\n")
    with open(os.path.join(ROOT,"gold.ignore.jsonl"),"w") as f:
        for art in sorted(I):
            for r in I[art]:
                f.write(json.dumps(r, ensure_ascii=False)+"\n")
    for art in sorted(set(G)|set(I)):
        gs = G.get(art, [])
        print(art, sum(r["tier"]=="core" for r in gs), sum(r["tier"]=="hard" for r in gs), len(I.get(art, [])))
    allg = [r for v in G.values() for r in v]
    print("TOTAL", len(allg), sum(r["tier"]=="core" for r in allg), sum(r["tier"]=="hard" for r in allg), sum(len(v) for v in I.values()))
