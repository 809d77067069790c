"""Source texts for heldout7 (articles 801-814).

Each entry: name, front (dict or None for .txt), cut (True: keep the first
2,000 UTF-8 bytes of `full`; False: whole page), full (the page text as the
"web store" received it, before truncation).
"""

ARTICLES = []


def add(name, front, cut, full):
    ARTICLES.append({"name": name, "front": front, "cut": cut, "full": full})


# ---------------------------------------------------------------- 801
add("801_vnexpress-vietnam-exports-fall-2023.md",
    {"url": "https://e.vnexpress.net/news/business/economy/vietnam-exports-fall-for-first-time-since-2009-4697312.html",
     "date": "2024-01-03",
     "title": "Vietnam exports fall for first time since 2009"},
    True,
"""News
Business
Economy
Vietnam exports fall for first time since 2009
By Phan Anh   January 3, 2024 | 04:12 pm GMT+7
Share  Facebook  Twitter  Email

Vietnam's exports fell 4.4% last year to $355.5 billion, the first annual decline since 2009, as weak demand in the U.S. and Europe hit shipments of phones, garments and wooden furniture.

Containers at Cat Lai Port in HCMC, December 2023. Photo by VnExpress/Quynh Tran

Vietnam's imports dropped 8.9% to $327.5 billion, leaving a record trade surplus of $28 billion, the General Statistics Office (GSO) said.

Vietnam's exports of phones and components declined 10.9% to $52.4 billion and were overtaken by computers and electronics, which rose 3.2% to $57.3 billion.

Rice was a bright spot. Vietnam shipped 8.13 million tonnes of rice in 2023, earning $4.78 billion, a jump of 38.4% from the previous year and the highest ever.

The U.S. remained the largest buyer of Vietnamese goods at $97 billion, down 11.6%, followed by China at $61.7 billion.

Vietnam's economy grew 5.05% in 2023, missing the government's target of 6-6.5%.

Vietnam welcomed 12.6 million foreign visitors in 2023, more than three times the number in 2022. Regional rival Thailand drew 28.2 million.

The government aims for export growth of 6% this year.

Nguyen Thi Huong, head of the GSO, said orders from major markets had started to pick up in the final months of the year. "Exporters of textiles, footwear and wood products are receiving new orders for the first quarter, which is a positive signal," she told a press conference in Hanoi, adding that businesses still faced high logistics costs and stricter environmental standards in the European market.

Analysts say Vietnam remains well placed to benefit as global manufacturers spread production beyond China, with electronics, toy and solar panel makers expanding factories in the northern provinces around Hanoi and Haiphong.

Read more
Vietnam's rice exports hit record high
Electronics overtake phones as top export earner
Foreign arrivals beat annual target

Related news
Hanoi approves new metro line
Dong slides against US dollar
""")

# ---------------------------------------------------------------- 802
add("802_mexiconewsdaily-mexico-overtakes-china-us-imports.txt", None, True,
"""Mexico News Daily
Business | Economy | Nearshoring | Politics
Mexico overtakes China as top source of US imports
Share: Facebook  X  WhatsApp  Email

Mexico has overtaken China to become the largest source of goods imported by the United States for the first time in more than two decades, according to US Census Bureau data released on Wednesday.

Mexican exports to the United States reached US $475.6 billion last year, up nearly 5% compared with the year before, while shipments from China plunged 20.3% to $427.2 billion. Canada came third with $421.1 billion.

Trucks wait to cross into the US at the Colombia bridge in Nuevo León. (Cuartoscuro)

Nearshoring, the relocation of factories closer to the US market, is widely credited for the shift. Foreign direct investment in Mexico totaled $36.06 billion in 2023, up 2.2% from 2022, the Economy Ministry said. Nuevo León alone attracted $3.72 billion.

Mexico's total exports grew 2.6% to a record $593 billion, according to national statistics agency INEGI.

Asian rivals are gaining too. Vietnam's exports totalled $354.7 billion in 2023, and its shipments to the US, worth $114.4 billion, made it the seventh-largest supplier of US imports.

Remittances sent home by Mexicans working abroad hit a record $63.3 billion, the Bank of Mexico said. The peso gained 13% against the dollar over the year, one of the best performances among emerging-market currencies.

Analysts at Banorte expect exports to grow 3% this year, helped by new plants announced by carmakers and electronics firms.

Not everyone is convinced the boom will last. "A good part of what we are seeing is Chinese companies routing goods through Mexico to get around US tariffs," said Gabriela Siller, chief economist at Banco Base, who warned that Washington could tighten rules of origin when the USMCA trade agreement comes up for review.

Siller also noted that the strong peso is squeezing the margins of exporters who pay wages and suppliers in local currency, and that shortages of water, electricity and industrial land in the northern states could cap how many new factories the country can absorb.

Related stories
Tesla's Nuevo León gigafactory on hold
Peso hits strongest level since 2015
Banxico holds rates steady
""")

# ---------------------------------------------------------------- 803
add("803_thelocal-german-exports-fall-2023.md",
    {"url": "https://www.thelocal.de/20240208/german-exports-fell-in-2023-as-demand-from-china-weakened",
     "date": "2024-02-08",
     "title": "German exports fell 1.4 percent in 2023 as demand from China weakened"},
    True,
"""The Local Germany
News | Politics | Work | Money | Travel
ECONOMY
German exports fell 1.4 percent in 2023 as demand from China weakened
Published: 8 February 2024 10:14 CET
Facebook Twitter WhatsApp Email

Containers are loaded at the port of Hamburg. Photo: Christian Charisius/dpa

Germany's exports fell 1.4 percent last year to €1.56tn, the Federal Statistical Office (Destatis) said on Thursday, as weaker demand from China and high energy costs weighed on Europe's largest economy.

German imports slumped 9.7 percent to €1.35tn, pushing the trade surplus up to €209.6bn from €86.2bn a year earlier.

The United States remained the biggest buyer of German goods, taking €157.9bn worth. With total trade of €253.1bn, China was still Germany's most important trading partner for the eighth year in a row.

In December alone exports dropped 4.6 percent from November, far worse than the 1.6 percent fall analysts had expected.

KEY FIGURES 2023
GDP: -0.3%
Household consumption: -0.8%
Government consumption: -1.7%

The weak trade data fed into a miserable year for the economy as a whole. German gross domestic product shrank 0.3 percent, with household consumption falling 0.8 percent as inflation ate into incomes. Germany's jobless rate averaged 5.7 percent, up from 5.3 percent the previous year, according to the Federal Employment Agency.

Germany remains the world's third-largest exporter after China and the United States.

The government expects growth of just 0.2 percent this year. Exports from Bavaria, home to BMW and Siemens, fell 2 percent.

"The German export industry is stuck in a deep slump," said Dirk Jandura, president of the BGA wholesale and foreign trade association, blaming high energy prices, a shortage of skilled workers and excessive bureaucracy. He called on the government in Berlin to cut red tape and lower electricity taxes for industry.

Economists at Commerzbank also said there was little sign of a turnaround, pointing to weak industrial orders and a gloomy mood among companies surveyed by the Ifo institute.

Read more:
Why Germany's economy is falling behind
Deutsche Bahn strike: what you need to know
""")

# ---------------------------------------------------------------- 804
add("804_riotimes-brazil-inflation-2023-selic.md",
    {"url": "https://www.riotimesonline.com/brazils-inflation-ends-2023-at-4-62-back-within-target/",
     "date": "2024-01-11",
     "title": "Brazil's inflation ends 2023 at 4.62%, back within target"},
    True,
"""The Rio Times
Home » Brazil » Economy
Brazil's inflation ends 2023 at 4.62%, back within target
January 11, 2024 · By Marcela Duarte · 3 min read
Share  Tweet  WhatsApp  Telegram

Brazil's consumer prices rose 4.62% in 2023, down from 5.79% the previous year, the statistics institute IBGE said on Thursday. That brought inflation back inside the central bank's tolerance range of 1.75% to 4.75% for the first time since 2020.

In December alone the IPCA index rose 0.56%, after 0.28% in November.

Food and beverage prices increased just 1.03% over the year.

Shoppers at a street market in São Paulo. (Photo: Agência Brasil)

The result supports further interest-rate cuts. The Brazilian central bank's monetary policy committee, Copom, lowered the benchmark Selic rate by half a percentage point to 11.75% in December, its fourth straight cut of that size, after holding it at 13.75% until August. Economists surveyed in the bank's weekly Focus report expect the Selic to end 2024 at 9%.

Brazilian exporters also had a record year. Exports rose 1.7% in 2023 to $339.7 billion, and the trade surplus reached $98.8 billion (about R$480 billion), the highest since the series began in 1989. Soybean shipments hit 101.9 million tonnes.

Brazil's unemployment rate fell to 7.5% in the three months to November, the lowest for that period since 2014.

Finance Minister Fernando Haddad said lower inflation and falling interest rates would help the economy keep growing this year, while critics warned that the government's pledge to eliminate the primary budget deficit could prove hard to keep. "The scenario for inflation is more benign than many analysts expected a year ago," said Alberto Ramos, head of Latin America economics at Goldman Sachs, in a note to clients. Others pointed to risks from food prices and a tight labour market.

The Copom next meets at the end of January, and most analysts expect another half-point reduction.

Related
Copom signals more half-point cuts
Real ends year as best-performing Latin American currency
""")

# ---------------------------------------------------------------- 805 (whole page)
add("805_marketswrap-turkey-hike-boe-hold.txt", None, False,
"""MARKETS WRAP | Central banks

Turkey hikes to 50%, Bank of England stands pat

Turkey's central bank unexpectedly raised its one-week repo rate by 500 basis points to 50% on Thursday, citing a deteriorating inflation outlook. Annual consumer price inflation accelerated to 67.07% in February from 64.86% in January, and prices rose 4.53% on the month. The country ended 2023 with inflation of 64.77%, having peaked at 85.51% in October 2022. The bank now expects inflation to fall to 36% by the end of the year. The lira has lost about 8% against the dollar since January.

In London, the Bank of England kept Bank Rate at 5.25%, a 16-year high, for a fifth straight meeting. Eight members voted to hold and one for a cut. UK consumer price inflation slowed to 3.4% in February from 4% in January, its lowest since September 2021.

Brazil's Copom cut the Selic by half a point for a sixth time, to 10.75%. Brazilian inflation, which closed 2023 at 4.62%, ran at 4.5% in the 12 months to February.

Japan ended eight years of negative interest rates, setting its policy rate in a range of 0 to 0.1%.

© 2024 Markets Wrap. All rights reserved.""")

# ---------------------------------------------------------------- 806
add("806_euronews-spain-jobless-south-africa-unemployment.md",
    {"url": "https://www.euronews.com/business/spain-jobless-rate-drops-as-south-africa-unemployment-climbs",
     "title": "Spain’s jobless rate drops below 12% as South Africa’s climbs past 32%"},
    True,
"""Business
Economy | Jobs | Markets
Spain’s jobless rate drops below 12% as South Africa’s climbs past 32%
By Euronews with Reuters
Comments
Share this article

Spain’s unemployment rate fell to 11.76% in the fourth quarter of 2023, its lowest level since 2008, the National Statistics Institute (INE) said. The number of unemployed dropped by 24,600 to 2.83 million.

Youth unemployment remains the country’s sore point: 28.4% of under-25s were out of work in December, the highest rate in the European Union.

Eurostat figures for 2023 put Germany’s jobless rate at 3.1% and Italy’s at 7.7%, against an EU average of 6.1%. In the Spanish region of Andalusia the rate was 18.6%.

Job seekers queue at an employment office in Madrid. Photo: AP

In South Africa, the official unemployment rate rose to 32.1% in the final quarter of 2023 from 31.9% in the previous quarter, Statistics South Africa said. The expanded definition, which includes discouraged job seekers, stood at 41.1%.

Nearly eight million South Africans are now without work. Gauteng, the country’s economic heartland, recorded a rate of 34.4%. Of the 82 economies tracked by Bloomberg, South Africa has the highest jobless rate.

Economists say South Africa’s jobs crisis is rooted in slow growth, rolling power cuts and a skills mismatch, while Spain has benefited from a tourism boom and a 2021 labour reform that curbed temporary contracts. “The Spanish labour market has shown remarkable resilience despite higher interest rates,” said Raymond Torres, director of macroeconomic analysis at Funcas, a Madrid think tank, adding that productivity remains the weak spot.

In Pretoria, the government has promised to expand public employment programmes and to speed up reforms in the electricity and logistics sectors, which business groups blame for holding back investment and hiring across the economy. Opposition parties dismissed the plans as too little, too late.

Read more
Spain’s economy outpaces euro zone peers
South Africa’s rand slides as power cuts return
""")

# ---------------------------------------------------------------- 807
add("807_abc-renewables-record-share-australia-2023.md",
    {"url": "https://www.abc.net.au/news/2024-05-08/renewables-record-share-australia-electricity-2023/103817390",
     "date": "2024-05-08",
     "title": "Renewables supplied a record 39.4 per cent of Australia's power in 2023"},
    True,
"""ABC News
Just In | For You | Australia | World | Business | Climate | Analysis
Renewables supplied a record 39.4 per cent of Australia's power in 2023
By climate reporter Tom Hartley
Posted Wed 8 May 2024 at 5:32am
Share

Wind turbines near Lake Bonney in South Australia. (ABC News: Sarah Mitchell)

Renewable sources generated a record 39.4 per cent of Australia's electricity last year, up from 35.9 per cent in 2022, according to the Clean Energy Council's annual report.

Coal's share of Australian generation fell to 46.6 per cent, down 2.7 percentage points.

Wind, rooftop solar and hydro provided 11.7, 11.2 and 5.8 per cent of total generation respectively. Altogether, renewables produced 104.2 terawatt hours.

Emissions from Australia's electricity sector fell 5.1 per cent to 141 million tonnes of carbon dioxide equivalent.

South Australia ran on 70 per cent renewables and Tasmania on close to 100 per cent. The federal government's target is 82 per cent renewables nationally by 2030.

Australia still leans on coal more than most rich nations. In Poland coal supplied 61 per cent of power in 2023 and in Germany 26 per cent, while in the United Kingdom it has fallen to just 1 per cent.

Clean Energy Council chief executive Kane Thornton said the record showed the energy transition was gathering pace, but warned that investment in new large-scale wind and solar farms had slowed sharply. "We need to see a significant acceleration in new projects reaching financial commitment if we are going to hit the target," he said. Delays in building transmission lines, lengthy planning approvals and rising construction costs were holding projects back, the council said in its report, which also found that households and small businesses continued to install rooftop systems at a near-record pace despite cost-of-living pressures.

Energy Minister Chris Bowen told reporters the government's underwriting scheme for new wind and solar projects would help to restore investor confidence.

Related stories
Coal plant closures brought forward in NSW
Households race to install home batteries
""")

# ---------------------------------------------------------------- 808
add("808_etenergyworld-india-solar-coal-fy24.txt", None, True,
"""ETEnergyWorld
Home > Renewable > Solar
India adds record 15 GW of solar in FY24, coal output nears 1 billion tonnes
ETEnergyWorld | Updated: Apr 09, 10:42 AM IST
Share  Tweet  Save  Comment

New Delhi: India added a record 18.48 GW of renewable energy capacity in 2023-24, of which solar accounted for 15.03 GW, taking the country’s installed solar capacity to 81.81 GW by March 31, data from the Ministry of New and Renewable Energy showed.

Indian coal production rose 11.65% to 997.83 million tonnes in FY24, just short of the one-billion-tonne mark.

Electric vehicle sales in India crossed 16.8 lakh units in FY24, up 40% from the previous year, according to the Vahan portal.

The government has set aside ₹19,744 crore (about $2.4 billion) for the National Green Hydrogen Mission, and the ₹75,021 crore PM Surya Ghar scheme aims to put rooftop solar panels on 1 crore households.

Coal share of power generation, calendar 2023 (Ember)
India          75%
China          61%
Poland         63%
Australia      47%
United States  16%

India overtook Japan in 2023 to become the world’s third-largest generator of solar power. Rajasthan leads the states with 22 GW of installed solar capacity. The country has pledged 500 GW of non-fossil capacity by 2030.

Officials at the Ministry of Power said peak electricity demand touched a record high in September, and that the country would continue to rely on coal to meet rising consumption even as it expands solar, wind and battery storage. Developers, however, also say transmission bottlenecks and delays in signing power purchase agreements with state distribution companies are slowing the pace of new projects, leaving several gigawatts of completed capacity without buyers.

Industry executives have also called for clearer rules on storage and for faster approvals of inter-state transmission corridors, which they say are needed to move solar power from the western deserts to the big consuming centres.

Also Read
Adani Green commissions 1 GW in Khavda
NTPC floats tender for pumped storage
""")

# ---------------------------------------------------------------- 809
add("809_qz-italy-births-record-low-nigeria-population.md",
    {"url": "https://qz.com/italy-births-record-low-nigeria-population-boom-1851377214",
     "title": "Italy’s births hit a record low while Nigeria’s population keeps booming"},
    True,
"""Quartz
Economics | Global Economy | Demographics
Italy’s births hit a record low while Nigeria’s population keeps booming
By Chidi Okafor · 4 min read
Share · Save

Italy registered 379,000 births in 2023, the fewest since the country’s unification in 1861 and 3.6% fewer than in 2022, according to national statistics office Istat. Deaths totalled 661,000, so deaths outnumbered births by 282,000.

Italy’s fertility rate fell to 1.20 children per woman, from 1.24 a year earlier. Life expectancy at birth rose to 83.1 years, back above its pre-pandemic level.

Italy’s resident population stood at 58.99 million at the start of 2024, down 7,000 from a year before, as immigration partly offset the natural decline.

A maternity ward in Rome. Photo: Reuters

Nigeria, by contrast, is growing fast. Africa’s most populous country has about 223.8 million people according to UN estimates for 2023, making it the sixth most populous nation on Earth. Lagos alone is home to some 16 million.

                    Italy      Nigeria
Fertility rate      1.20       5.1
Life expectancy     83.1       54.5

The UN projects Nigeria’s population will reach 377 million by 2050, overtaking the United States.

Demographers say the contrast captures a wider split. In southern Europe and east Asia, governments are offering baby bonuses and tax breaks to couples, so far to little effect, while in much of sub-Saharan Africa the challenge is creating enough jobs, schools and housing for a young and fast-growing population. “Italy’s problem is not only that fewer children are born, but that so many young people leave,” said Alessandro Rosina, a demographer at the Catholic University of Milan, who has advised successive governments on family policy.

Rosina also argues that cash incentives alone cannot reverse the trend without affordable childcare and more stable jobs for young adults. Without them, he says, the decline will only deepen.

Related
Japan’s population falls for 13th year
Why young Italians are leaving
""")

# ---------------------------------------------------------------- 810
add("810_travelweeklyasia-thailand-arrivals-2023.md",
    {"url": "https://www.travelweekly-asia.com/Destination-Travel/Tourism-wrap-Thailand-tallies-28-15-million-arrivals",
     "date": "2024-01-15",
     "title": "Tourism wrap, January 15, 2024: Thailand tallies 28.15 million arrivals"},
    True,
"""TRAVEL WEEKLY ASIA
Home > Destination Travel > Thailand
Tourism wrap, January 15, 2024: Thailand tallies 28.15 million arrivals
Share: LinkedIn | Facebook | X | Email

Thailand received 28.15 million foreign visitors last year, up 152% from 11.15 million in 2022 but still well short of the record 39.9 million who came in 2019, the Ministry of Tourism and Sports said.

Receipts from foreign visitors came to 1.2 trillion baht (US$34 billion). Malaysia was the largest source market with 4.6 million arrivals, followed by China with 3.5 million and South Korea with 1.6 million.

The kingdom is targeting 35 million arrivals in 2024 and has waived visas for Chinese and Indian travellers. Before the pandemic, tourism accounted for about 12% of the kingdom’s GDP.

Tuk-tuks wait for passengers in Bangkok. Photo: TAT

Regional rivals also recovered. Vietnam welcomed 12.6 million international visitors in 2023, while Singapore and Indonesia received 13.6 million and 11.7 million respectively.

In Europe, France kept its crown as the world’s most visited country with 100 million foreign tourists in 2023, who spent a record €63.5 billion. Spain received 85.1 million, also a record.

Thai hoteliers say the recovery has been uneven. Bangkok, Phuket and Pattaya are busy again, but many secondary destinations are still waiting for the return of long-haul visitors and large Chinese tour groups, which have been slow to come back because of high airfares, a weaker economy at home and safety concerns. “We expect a stronger high season, but airline seats from China are still well below pre-pandemic levels,” said Marisa Sukosol Nunbhakdi, president of the Thai Hotels Association, adding that members wanted faster visa processing.

The Tourism Authority of Thailand plans new marketing campaigns in India, the Middle East and Europe to reduce its reliance on a few source markets. The cabinet is also expected to consider extending visa-free stays for tourists from more countries.

Read more
Bangkok hotels post highest occupancy since 2019
Japan’s arrivals top 25 million
""")

# ---------------------------------------------------------------- 811
add("811_straitstimes-singapore-third-global-ai-index.md",
    {"url": "https://www.straitstimes.com/tech/singapore-ranks-third-in-global-ai-index-behind-only-us-and-china",
     "title": "Singapore ranks third in global AI index, behind only US and China"},
    True,
"""The Straits Times
Singapore | Asia | World | Opinion | Tech
Singapore ranks third in global AI index, behind only US and China
Share: Facebook X Telegram WhatsApp

SINGAPORE – Singapore has been ranked third in the 2024 Global AI Index by British media company Tortoise Media, retaining the position it held in the 2023 edition.

The index, which assessed 83 countries on talent, infrastructure, research and government strategy, again put the US first and China second. Britain came fourth, France fifth and South Korea sixth, followed by Germany, Canada and Israel.

The Republic topped the talent pillar and came fifth for infrastructure, the report said.

Singapore’s National AI Strategy 2.0 will channel more than S$1 billion (US$743 million) into AI compute, talent and industry in the coming years.

A data centre in Jurong. ST PHOTO: KELVIN CHNG

Investment elsewhere remains uneven. Britain attracted US$3.8 billion of private AI investment in 2023, the most in Europe, while Canada drew US$1.6 billion and Israel US$1.5 billion, according to Stanford University’s AI Index. Israel, which spent 6.3 per cent of GDP on research and development in 2022, has the world’s highest R&D intensity.

Singapore’s AI Verify Foundation, set up to test models for safety, now counts more than 100 members, including Google, Microsoft and IBM.

Minister for Digital Development and Information Josephine Teo said the ranking reflected years of investment in research and skills, but cautioned that the gap with the two AI superpowers remained wide. “Being third is not a reason to slow down. Our ambition is to be a place where AI is developed and deployed for the public good,” she said at a conference on Tuesday.

Industry observers noted that the city-state’s small size makes it hard to compete on raw computing power, so it has focused instead on talent, governance and attracting the regional headquarters of technology companies.

READ MORE
Singapore to train 15,000 AI practitioners
""")

# ---------------------------------------------------------------- 812
add("812_globes-israel-leads-oecd-rd-spending.md",
    {"url": "https://en.globes.co.il/en/article-israel-again-leads-oecd-in-rd-spending-1001474721",
     "date": "2024-03-19",
     "title": "Israel again leads OECD in R&D spending"},
    False,
"""Globes
Israel Business News | Hi-Tech | Markets | Real Estate
Israel again leads OECD in R&D spending
By Globes correspondent
19 March, 2024 17:02
Facebook  Twitter  LinkedIn  Email  Print

Israel’s national expenditure on research and development reached 6.02% of GDP in 2022, the highest proportion among the countries tracked by the OECD, according to the organisation’s latest Main Science and Technology Indicators.

South Korea was second with 5.21%, ahead of Taiwan (3.96%), the US (3.59%), and Japan (3.41%). The OECD average was 2.73%.

Israel’s R&D intensity was 5.56% in 2021, and Korea’s 4.93%. Business enterprises carried out 89% of Israel’s R&D in 2022, one of the highest shares in the world.

Among larger European economies, Germany spent 3.13%, France 2.22% and the UK 2.78%, while Canada, at 1.70%, lagged well behind the OECD average.

Intel's development centre in Haifa. Photo: Eyal Izhar

The Israel Innovation Authority warned that the share could slip as multinational companies trim local hiring.

Published by Globes, Israel business news - en.globes.co.il - on March 19, 2024.
© Copyright of Globes Publisher Itonut (1983) Ltd., 2024""")

# ---------------------------------------------------------------- 813
add("813_betakit-canada-slips-ninth-global-ai-index.txt", None, True,
"""BetaKit
News | Funding | Startups | Events | Podcasts
Canada slips to ninth in global AI ranking as rivals outspend it
By Madison McLauchlan
Share: LinkedIn  X  Facebook  Email

Canada has fallen to ninth place in Tortoise Media’s 2024 Global AI Index, down from fifth in the 2023 edition, renewing concerns that the country that helped pioneer deep learning is being outspent by its peers.

Singapore placed third, and Canada now trails Germany and Israel. The index gave Canada its best marks for research, where it ranked fourth, and its weakest for infrastructure, where it placed 23rd.

Canadian AI companies raised US$2.1bn in private investment in 2023, according to PitchBook figures cited in the report. By comparison, the UK drew US$3.78bn and Israel US$1.5bn, per Stanford University’s AI Index.

Ottawa’s Budget 2024 earmarked $2.4bn for AI compute, the largest single federal AI commitment to date. Toronto alone is home to more than 1,000 AI companies.

In 2022 Canada spent 1.7% of GDP on R&D, against roughly 6% in Israel and 5.2% in South Korea, OECD data show.

“We have world-class researchers, but we don’t fund them to scale,” said one Toronto founder, whose startup fine-tunes Cohere’s Aya Expanse 32B model for legal work.

Industry groups have urged Ottawa to pair its compute spending with tax incentives for companies that adopt AI, arguing that Canadian firms are slower to use the technology than their American counterparts. The Council of Canadian Innovators said the country risks repeating the experience of the past decade, when homegrown research breakthroughs were commercialised by foreign tech giants rather than by domestic firms.

The federal government has said it will announce details of its new AI Safety Institute and the compute access fund later this year, after consultations with researchers, startups and the provinces. Critics say the money is arriving late and will be spread too thinly.

Copyright © 2024 BetaKit Inc. All rights reserved.
""")

# ---------------------------------------------------------------- 814 (whole page)
add("814_koreabizwire-korea-sixth-imd-digital-ranking.md",
    {"url": "http://koreabizwire.com/korea-keeps-6th-place-in-imd-digital-competitiveness-ranking/287745",
     "title": "Korea Keeps 6th Place in IMD Digital Competitiveness Ranking"},
    False,
"""Korea Keeps 6th Place in IMD Digital Competitiveness Ranking
SEOUL, June 18 (Korea Bizwire) — South Korea ranked sixth among 67 economies in the IMD World Digital Competitiveness Ranking 2024, unchanged from last year, the science ministry said Tuesday.

Singapore climbed to first place from third, while Switzerland and Denmark came second and third. The United States, which topped the list a year earlier, slipped to fourth.

Among the three main factors, Korea placed 11th in knowledge, 15th in technology and second in future readiness. Japan, by contrast, came in 31st place.

The ministry attributed the result to Korea’s heavy investment in research. Total R&D spending reached 4.9 percent of GDP in 2022, the second-highest ratio in the world after Israel.

The government aims to enter the top three by 2027.

(Image courtesy of Yonhap)""")
