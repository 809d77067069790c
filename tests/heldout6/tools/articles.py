# Synthetic article texts for heldout6 (written by hand, in the style of shared/corpus-extra).
# Each entry: file name, front matter (ordered list of (key, value)) or None for a plain .txt,
# the full page text, and whether the store cut it at 2,000 bytes.

ARTICLES = []


def add(fname, front, text, cut=True):
    ARTICLES.append({"fname": fname, "front": front, "text": text, "cut": cut})


# ---------------------------------------------------------------------------
add(
    "701_nikkei-asia-japan-rd-spending-record.md",
    [
        ("url", "https://asia.nikkei.com/Business/Science/Japan-s-R-D-spending-hits-record-as-companies-chase-chips-and-AI"),
        ("title", "Japan's R&D spending hits record as companies chase chips and AI"),
    ],
    """Skip to main content
Nikkei Asia
Business | Science

Japan's R&D spending hits record as companies chase chips and AI

Researcher numbers edge up, but the country still trails South Korea on research intensity

Researchers at a materials laboratory in Tsukuba, Ibaraki Prefecture. Corporate outlays drove most of the increase. (Photo by Ken Kobayashi)

YUKI FUJITA, Nikkei staff writer

TOKYO -- Japan's spending on research and development rose 6.5% in fiscal 2023 to a record 22.05 trillion yen ($147 billion), the internal affairs ministry said on Friday, as manufacturers poured money into semiconductors, batteries and artificial intelligence.

Companies spent 16.1 trillion yen, or about 73% of the total. The ratio of R&D outlays to gross domestic product climbed to 3.70%, the highest since comparable data began.

The number of researchers stood at 924,000 as of March 31, up 1.2% on the year and third in the world behind China and the U.S.

Even so, Japan lags its neighbor. South Korea spent 5.2% of GDP on R&D in 2022, second only to Israel's 6.0%, while the U.S. stood at 3.6% and Germany at 3.1%. China, which overtook Japan in total outlays two decades ago, put its own ratio at 2.65% in 2024.

Robots fill part of the gap

The figures echo a similar pattern on the factory floor. Japan had 419 industrial robots per 10,000 manufacturing employees in 2023, according to the International Federation of Robotics, behind South Korea (1,012), Singapore (770), China (470) and Germany (429). Japanese makers supply roughly 45% of the world's industrial robots.

"The money is there, but the people are not," said a ministry official, pointing to a shrinking pool of doctoral students. Enrollment in doctoral programs has fallen by about a fifth since its peak in fiscal 2003.

The government aims to raise the number of doctorate holders threefold by 2040 and has set aside 10 trillion yen for a university endowment fund.

Read Next
Japan's chip subsidies top 3.92 trillion yen as Rapidus readies 2nm line
TSMC's Kumamoto plant turns first profit
""",
)

# ---------------------------------------------------------------------------
add(
    "702_economictimes-india-gerd-below-one-percent.md",
    [
        ("url", "https://economictimes.indiatimes.com/news/economy/policy/indias-rd-spend-stuck-below-1-of-gdp-as-china-races-ahead/articleshow/108172345.cms"),
    ],
    """Business News\u203aNews\u203aEconomy\u203aPolicy\u203aIndia's R&D spend stuck below 1% of GDP as China races ahead
India's R&D spend stuck below 1% of GDP as China races ahead
SECTIONS
By Surabhi Agarwal, ET Bureau
Last Updated: Mar 01, 2024, 06:40:00 PM IST
Rate Story
Share
Font Size
Save
Print
Comment
Synopsis
India's gross expenditure on research has more than doubled in rupee terms over a decade but has slipped as a share of the economy, the latest official data show.

India's gross expenditure on R&D (GERD) rose to \u20b91,27,381 crore in 2020-21 from \u20b960,196 crore in 2010-11, according to R&D Statistics compiled by the Department of Science and Technology (DST). As a share of GDP, however, it fell to 0.64% from 0.8% a decade earlier.

The Centre accounted for 43.7% of GERD, while private industry contributed 36.4%, far below the 70%-plus share that businesses fund in the US, China and Japan.

The country had 262 researchers per million inhabitants in 2020, against 1,602 in China, 4,821 in the US and 7,980 in South Korea, the report said.

There are bright spots. Patent applications filed at the Indian Patent Office rose 24.6% to 82,811 in 2022-23, with resident filers accounting for more than half for the first time.

India also tops Stanford University's AI Index 2023 ranking for relative AI skill penetration with a score of 3.23, ahead of the US (2.23) and Germany (1.72).

The Union Cabinet on Thursday approved the IndiaAI Mission with an outlay of \u20b910,371.92 crore over five years, which includes building computing capacity of more than 10,000 GPUs.

"Without a sharp rise in private R&D, the 1% mark will remain out of reach," said a former DST secretary. "Tax incentives alone have not moved companies, and public labs cannot carry the load by themselves."

Industry executives argue that the new research fund announced in the interim budget could help bridge the gap, provided disbursement is quick and not tied up in procedural delays.

Also Read
Budget 2024: Rs 1 lakh crore corpus for research and innovation
ETtech Deals Digest: Startups raised $7 billion in 2023
""",
)

# ---------------------------------------------------------------------------
add(
    "703_gulfnews-uae-saudi-global-ai-index.md",
    [
        ("url", "https://gulfnews.com/business/uae-climbs-global-ai-index-as-saudi-arabia-posts-biggest-jump-1.1727172934811"),
        ("title", "UAE climbs global AI index as Saudi Arabia posts biggest jump"),
    ],
    """UAE climbs global AI index as Saudi Arabia posts biggest jump

Gulf states pour billions into chips and data centres, but talent pipelines remain thin

Staff Report, Gulf News

Dubai: The UAE ranked 20th out of 83 countries in the 2024 edition of Tortoise Media's Global AI Index, up from 28th a year earlier, while Saudi Arabia posted the sharpest climb of any country, jumping to 14th from 31st.

The kingdom placed first in the index's government strategy pillar, reflecting the national AI strategy overseen by the Saudi Data and Artificial Intelligence Authority (SDAIA).

Talent is flowing in. Stanford University's AI Index ranked the UAE second in the world for net AI talent migration in 2023, with an inflow of 1.48 per 10,000 LinkedIn members, behind only Luxembourg (3.67).

Money is following. Private AI investment in the UAE reached $1.77 billion in 2024, the report found, well behind the US ($109.1 billion), China ($9.3 billion) and the UK ($3.4 billion) but ahead of every other Arab country.

Data centres are the next battleground. The UAE had 35 operational data centres with a combined IT capacity of 235MW at the end of last year, according to industry tracker DC Byte, while Saudi Arabia's installed capacity stood at about 290MW.

Both governments are betting on scale. Saudi Arabia's planned Project Transcendence could be backed by as much as $100 billion, and Abu Dhabi's MGX has said it aims to manage more than $100 billion in AI assets. The UAE's national strategy targets AI contributing 14% of GDP by 2030.

Photo: The Stargate UAE campus in Abu Dhabi will eventually draw 5GW of power. Image Credit: WAM

RELATED
UAE to host region's largest AI campus
Saudi Arabia's Humain launches Arabic LLM

The skills gap remains the weak spot. Only 0.3% of the UAE workforce holds advanced AI qualifications, a PwC Middle East survey estimated, and universities across the region are only now launching dedicated AI degree programmes. Mohamed bin Zayed University of Artificial Intelligence, the world's first graduate-level AI university, has admitted students from more than 40 countries since it opened.
""",
)

# ---------------------------------------------------------------------------
add(
    "704_reuters-korea-exports-record-2024-chips.md",
    [
        ("url", "https://www.reuters.com/markets/asia/south-koreas-exports-hit-record-2024-chip-sales-boom-2025-01-01/"),
        ("date", "2025-01-01"),
        ("title", "South Korea's exports hit record in 2024 on chip sales boom"),
    ],
    """South Korea's exports hit record in 2024 on chip sales boom
By Joyce Lee and Ju-min Park
January 1, 2025 6:05 AM GMT+9 Updated 

Item 1 of 2 Containers are seen at a port in Busan, South Korea. REUTERS/Kim Hong-Ji/File Photo

[1/2] Containers are seen at a port in Busan, South Korea. REUTERS/Kim Hong-Ji/File Photo Purchase Licensing Rights, opens new tab

Summary
Exports up 8.2% to record $683.8 bln in 2024
Chip exports jump 43.9% to all-time high
December shipments miss forecast

SEOUL, Jan 1 (Reuters) - South Korea's exports rose 8.2% to a record $683.8 billion in 2024, government data showed on Wednesday, as shipments of semiconductors used in artificial intelligence servers surged, though growth slowed in the final month of the year.

Semiconductor exports jumped 43.9% to an all-time high of $141.9 billion last year, the trade ministry said, accounting for about a fifth of the country's total outbound shipments.

Imports fell 1.6% to $632.1 billion, leaving a trade surplus of $51.8 billion, the largest since 2018.

In December alone, exports rose 6.6% from a year earlier to $61.4 billion, below the 7.8% median forecast in a Reuters poll. Chip exports rose 31.5% to $14.5 billion in the month.

Shipments to China, the country's biggest market, rose 6.6% to $133.0 billion last year, while exports to the United States climbed 10.5% to a record $127.8 billion.

The trade ministry expects exports to grow about 1.5% in 2025, citing uncertainty over U.S. tariff policy under President-elect Donald Trump.

Asia's fourth-largest economy grew an estimated 2.2% in 2024, according to the Bank of Korea, which last month cut its 2025 growth forecast to 1.9%.

"Chip exports will stay firm in the first half on AI demand, but the outlook for conventional memory is weakening and tariffs are a major downside risk," said Park Sang-hyun, an economist at HI Investment & Securities.

Political turmoil following President Yoon Suk Yeol's short-lived martial law declaration has added to the uncertainty, with the won hitting its weakest level since 2009 against the dollar.

Reporting by Joyce Lee; Editing by Christopher Cushing

Our Standards: The Thomson Reuters Trust Principles., opens new tab
""",
)

# ---------------------------------------------------------------------------
add(
    "705_yonhap-korea-fertility-rebound.txt",
    None,
    """S. Korea's total fertility rate rebounds for 1st time in 9 yrs

All News
Economy

SEJONG, Feb. 26 (Yonhap) -- South Korea's total fertility rate rose for the first time in nine years last year as more couples tied the knot after the COVID-19 pandemic, government data showed Wednesday.

The total fertility rate, the average number of children a woman is expected to have in her lifetime, came to 0.75 in 2024, up 0.03 from a year earlier, according to the data from Statistics Korea.

The number of newborns rose 3.6 percent on-year to 238,300 in 2024. Deaths reached 358,400, leaving a natural population decline of 120,100, the fifth straight year of decrease.

Marriages jumped 14.8 percent to 222,400, the steepest rise since 1970, when the agency began compiling related data.

Seoul's rate stood at 0.58, the lowest among the 17 major cities and provinces, while Sejong posted the highest at 1.03. The average age of mothers giving birth was 33.7.

South Korea remains the only member of the Organization for Economic Cooperation and Development (OECD) with a rate below 1. The OECD average stood at 1.51 in 2022, while Japan's rate was 1.20 in 2023.

(END)

Keywords
#fertility rate #births #Statistics Korea""",
    cut=False,
)

# ---------------------------------------------------------------------------
add(
    "706_euronews-eu-rd-intensity-by-country.md",
    [
        ("url", "https://www.euronews.com/business/2024/12/13/which-eu-countries-spend-the-most-on-research-and-development"),
        ("date", "2024-12-13"),
    ],
    """Accessibility shortcuts
Which EU countries spend the most on research and development?
By Servet Yanatma
Published on 13/12/2024 - 7:00 GMT+1
Share this article
Comments
Share this article
Close Button
Copy/paste the article video embed link below:
Copy
Facebook
Twitter
Flipboard
Send
Reddit
Linkedin
Messenger
Telegram
VK
Bluesky
Threads
Whatsapp

The EU spent \u20ac381 billion on research and development in 2023, the equivalent of 2.22% of GDP. The bloc is still well short of its 3% target and trails the US, Japan and South Korea.

Sweden had the highest R&D intensity in the EU last year at 3.57% of GDP, followed by Belgium (3.32%), Austria (3.29%) and Germany (3.11%), according to Eurostat. At the other end of the scale, Romania (0.52%), Malta (0.6%) and Bulgaria (0.78%) spent the least.

In absolute terms, Germany alone accounted for \u20ac129.7 billion, about a third of the EU total, followed by France (\u20ac60.2 billion) and Italy (\u20ac27.3 billion).

R&D intensity fell in nine member states compared with 2022. The sharpest drop was in Finland, where it slipped by 0.2 percentage points to 2.75%.

Where does the EU stand globally?

International comparisons are only available for 2022. In that year, Israel (6%) and South Korea (4.9%) were far ahead, while the US (3.6%) and Japan (3.4%) also outspent the EU average comfortably. China (2.6%) was just above it.

Businesses funded 66% of R&D spending in the EU.

Why does R&D intensity matter?

Economists see R&D intensity as a rough proxy for an economy's capacity to innovate. The European Commission has repeatedly warned that the gap with the US is widening, particularly in digital technologies, where American companies dominate private research budgets. The Draghi report on European competitiveness, published in September, called for a major increase in joint research funding and for a European equivalent of the US Defense Advanced Research Projects Agency.

Countries that invest heavily in research tend to be those with large manufacturing and technology sectors, such as Germany, Sweden and Austria, where carmakers, pharmaceutical groups and machinery firms run sizeable laboratories of their own.

Read more
Eurostat: EU GDP growth forecast cut to 0.9%
Which countries attract the most foreign students?

We use cookies to improve your experience on our site. By clicking \u201cAccept\u201d you agree to the storing of cookies on your device.
""",
)

# ---------------------------------------------------------------------------
add(
    "707_techcrunch-stanford-ai-index-2025-investment.md",
    [
        ("url", "https://techcrunch.com/2025/04/07/stanford-ai-index-2025-us-private-investment/"),
        ("date", "2025-04-07"),
        ("title", "US AI investment hit $109B last year as China closed the model gap, Stanford says"),
    ],
    """US AI investment hit $109B last year as China closed the model gap, Stanford says
Kyle Wiggers
7:00 AM PDT \u00b7 April 7, 2025

Image Credits: Bryce Durbin / TechCrunch

The U.S. continued to dominate private investment in AI in 2024, pouring $109.1 billion into the sector \u2014 nearly 12 times China's $9.3 billion and 24 times the U.K.'s $4.5 billion, according to Stanford HAI's 2025 AI Index report, released Monday.

But the gap in model quality is closing fast.

U.S.-based institutions produced 40 notable AI models last year, compared with 15 from China and just three from Europe. Yet the performance gap between top U.S. and Chinese models on benchmarks such as MMLU and HumanEval shrank to near parity, from double digits in 2023.

China still leads on volume elsewhere. The country accounted for 69.7% of all AI patents granted worldwide in 2023, the report says, and continues to publish more AI papers than any other nation.

The number of newly funded AI companies in the U.S. rose to 1,143 in 2024, the highest of any country.

On the policy side, U.S. federal agencies introduced 59 AI-related regulations in 2024, more than double the number in 2023.

Governments are writing big checks, too. Canada pledged $2.4 billion, France committed \u20ac109 billion, India promised $1.25 billion, and Saudi Arabia unveiled a $100 billion initiative called Project Transcendence.

Meanwhile, the cost of using AI keeps falling. The price of querying a model that scores at GPT-3.5 level on MMLU dropped more than 280-fold between November 2022 and October 2024.

"AI is no longer a story of a few labs in Silicon Valley," said Yolanda Gil, a senior director of research at USC's Information Sciences Institute and a member of the AI Index steering committee. "Capability is spreading, and cost is collapsing, and that changes who gets to compete."

Topics
AI, Government & Policy, Stanford

Most Popular
OpenAI's o3 model costs more to run than expected
Meta's Llama 4 benchmark controversy, explained

Subscribe for the industry's biggest tech news
TechCrunch Daily News
Every weekday and Sunday, you can get the best of TechCrunch's coverage.
""",
)

# ---------------------------------------------------------------------------
add(
    "708_theregister-ireland-datacenter-power-share.md",
    [
        ("url", "https://www.theregister.com/2024/10/21/ireland_datacenter_power_share/"),
        ("date", "2024-10-21"),
        ("title", "Ireland's datacenters now swallow more than a fifth of the nation's electricity"),
    ],
    """Datacenter
Ireland's datacenters now swallow more than a fifth of the nation's electricity
Grid watchers warn of a squeeze as Dublin's bit barns keep multiplying
Dan Robinson
Mon 21 Oct 2024 // 13:45 UTC

Datacenters consumed 21 percent of all metered electricity in Ireland last year, up from 18 percent in 2022 and just 5 percent in 2015, according to the country's Central Statistics Office (CSO).

The facilities used 6,969 gigawatt-hours (GWh) in 2023, a 20 percent jump on the previous year. That is more than all of the nation's urban households put together, which accounted for 18 percent of metered demand.

Ireland is not alone, though it is extreme. Datacenters accounted for about 4.4 percent of total US electricity consumption in 2023, according to a Lawrence Berkeley National Laboratory report, a share it reckons could rise to as much as 12 percent by 2028.

The US is home to 5,381 datacenters, far more than Germany (521), the UK (514) and China (449), per figures from Cloudscene.

Grid operator EirGrid has warned that datacenters could account for 30 percent of Irish demand by 2032 and has all but halted new connections in the Dublin area until 2028.

Amazon, Microsoft and Google all operate large campuses around the capital. Microsoft alone said its Irish facilities drew about 1,000 GWh last year.

Ireland's government is attempting to square the circle. A policy statement published earlier this year says new datacenters must be able to generate or store power on site, and should be built away from the congested Dublin region, though critics say the rules still lack teeth when it comes to actually enforcing those conditions on the largest operators, and several planning applications are already tied up in the courts.

The numbers are awkward for a country that wants to cut emissions by 51 percent by 2030. Nearly 40 percent of Irish electricity still comes from gas.

Get our Tech Resources

Share
Facebook
LinkedIn
Reddit
Twitter

Similar topics
Cloud
Energy
Ireland

Narrower topics
Hyperscale
""",
)

# ---------------------------------------------------------------------------
add(
    "709_scmp-china-rd-spending-2024.md",
    [
        ("url", "https://www.scmp.com/news/china/science/article/3295512/china-boosts-rd-spending-83-cent-36-trillion-yuan-basic-research-still-lags"),
    ],
    """China / Science
China boosts R&D spending 8.3 per cent to 3.6 trillion yuan, but basic research still lags
Share of GDP reaches 2.68 per cent as Beijing pushes for self-reliance in chips and AI
Ling Xin
Published: 8:00pm, 20 Jan 2025
Why you can trust SCMP

China's spending on research and development rose 8.3 per cent last year to 3.61 trillion yuan (US$496 billion), official data showed on Monday, as Beijing doubled down on technological self-reliance amid US export controls.

R&D intensity, or spending as a share of gross domestic product, reached 2.68 per cent in 2024, up from 2.65 per cent in 2023, according to the National Bureau of Statistics.

Spending on basic research grew 10.5 per cent to 249.7 billion yuan, making up 6.91 per cent of the total, still well below the 15 to 20 per cent typical of advanced economies.

The economy grew 5 per cent last year, with output reaching 134.9 trillion yuan, the bureau said separately.

By comparison, the United States spent US$886 billion on R&D in 2022, about 3.4 per cent of its GDP, while South Korea devoted 5.21 per cent of its economy to research that year, among the highest ratios in the world.

China also leads in the talent pipeline: its universities turned out some 3.6 million STEM graduates in 2020, according to Georgetown University's Center for Security and Emerging Technology.

Beijing has pledged to keep growing R&D spending by more than 7 per cent a year through 2025, a goal it has comfortably exceeded so far, and officials have signalled that support for basic research in universities will be stepped up in the next five-year plan. Guangdong remained the biggest spender among provinces, at about 500 billion yuan.

Related Articles
China's chip imports fall as domestic output rises
Chinese AI start-ups race to match DeepSeek

Advertisement

"The structure of spending matters more than the headline," said a senior researcher at the Chinese Academy of Science and Technology for Development, noting that companies, which account for roughly 77 per cent of the total, tend to focus on experimental development.
""",
)

# ---------------------------------------------------------------------------
add(
    "710_restofworld-india-ai-talent-leaves.md",
    [
        ("url", "https://restofworld.org/2024/india-ai-engineers-brain-drain-h1b/"),
        ("title", "India trains the world's AI engineers. Then they leave"),
    ],
    """India trains the world's AI engineers. Then they leave

The country tops global rankings for AI skills but loses more specialists than almost anyone else

By Nilesh Christopher
Illustration: Mohd Arshad for Rest of World

Newsletter
Donate

When Priya Raman finished her master's in machine learning in Bengaluru, three of her five closest classmates were already on their way to the U.S. "Nobody asked whether to go," she said. "Only where."

India's AI talent drain shows up clearly in the numbers. According to Stanford's 2024 AI Index, India recorded a net AI talent migration of -0.76 per 10,000 LinkedIn members in 2023, one of the steepest outflows among the countries tracked, alongside Israel (-0.57).

The U.S. is the main destination. The country approved 386,318 H-1B petitions in fiscal 2023, and Indian nationals received 72.3% of them, compared with 11.7% for Chinese nationals, according to U.S. Citizenship and Immigration Services.

The student pipeline feeds the same route. Indian students in the U.S. numbered 331,602 in the 2023-24 academic year, overtaking China (277,398) as the largest group for the first time since 2009, the Institute of International Education reported.

At home, the industry body Nasscom estimates India has about 416,000 AI professionals, against demand for roughly 629,000, a gap that could widen to 1 million by 2026. Bengaluru alone accounts for about a third of the country's AI workforce.

Salaries explain part of the pull. An entry-level machine learning engineer in Bengaluru earns about \u20b912 lakh a year, less than a fifth of what a comparable role pays in San Francisco.

Last year, the government launched a \u20b910,372 crore IndiaAI Mission to build local computing capacity and fund startups. Whether it can change the calculation for engineers like Raman is another matter.

"The labs are here now," she said. "The money isn't. Until a research job in Bengaluru pays enough to raise a family and do serious work at the same time, people like me will keep looking west."

Read more
Inside India's race to build Indic language models
""",
)

# ---------------------------------------------------------------------------
add(
    "711_koreatimes-korea-robot-density-top.txt",
    None,
    """Korea keeps top spot in robot density as China overtakes Japan, Germany

Home > Tech > Tech & Science

By Kim Yoo-chul

Industrial robots work on an automobile assembly line in Ulsan. Korea Times file

South Korea remained the world's most automated manufacturing nation, with 1,012 industrial robots per 10,000 manufacturing workers in 2023, according to the International Federation of Robotics (IFR).

The figure, released in the IFR's World Robotics 2024 report, is more than six times the global average of 162 units. Korea has held the top spot since 2010.

Singapore ranked second with 770 units, followed by China with 470 units, Japan (419) and Germany (415). China overtook both Japan and Germany for the first time, the federation said, a striking rise for a country whose density was below 100 as recently as 2015.

The United States came in 10th with 295 units.

In terms of new installations, Korea installed 31,444 industrial robots in 2023, down 1 percent from the previous year, making it the world's fourth-largest market. China led with 276,288 units, or 51 percent of the global total, followed by Japan (46,106) and the U.S. (37,587).

Korea's electronics and automotive industries account for the bulk of demand. "The auto sector alone took nearly a third of last year's installations," an industry official said.

Analysts said rising labor costs and a rapidly aging workforce will keep demand strong, even as the overall manufacturing investment cycle slows. "Korean manufacturers see automation as the only realistic answer to the demographic cliff," said a researcher at the Korea Institute for Industrial Economics and Trade.

The government plans to invest 3 trillion won in the robot industry by 2030 and aims to deploy 1 million robots across industries by the same year, the Ministry of Trade, Industry and Energy said.

Doosan Robotics, the country's largest collaborative robot maker, posted sales of 53 billion won last year, while Rainbow Robotics, in which tech giant Samsung Electronics became the largest shareholder, saw its share price nearly triple.

Most Read
1
Samsung's HBM supply deal with Nvidia delayed again
2
Hyundai Motor to build robot-run plant in Georgia
3
""",
)

# ---------------------------------------------------------------------------
add(
    "712_joongang-korea-slips-11th-private-ai-investment.md",
    [
        ("url", "https://koreajoongangdaily.joins.com/news/article/article.aspx?aid=3124587"),
    ],
    """Korea JoongAng Daily
Business > Tech > AI
Korea slips to 11th in private AI investment as U.S., China pull away
By Lee Jae-lim

[SHUTTERSTOCK]

Private investment in Korea's AI sector fell to $1.33 billion in 2024, pushing the country down to 11th place from ninth a year earlier, according to Stanford University's AI Index 2025 report.

The United States led by a wide margin with $109.1 billion, followed by China at $9.29 billion and the United Kingdom at $4.52 billion.

Korea produced one notable AI model during the year, LG AI Research's Exaone 3.0, compared to 40 from the United States and 15 from China.

The findings sit awkwardly with Korea's strengths in hardware. Semiconductor exports, the nation's biggest export item, reached about $142 billion last year, and the country still has the world's highest robot density at 1,012 units per 10,000 workers.

Korea ranked sixth among 83 countries in Tortoise Media's 2024 Global AI Index, but only 18th in the investment category.

The Ministry of Science and ICT has earmarked 1.8 trillion won ($1.3 billion) for AI this year, up 20 percent from 2024, and plans to secure 10,000 high-performance GPUs for a national computing center by 2025.

"Capital is going where the models are," said Ha Jung-woo, head of Naver Cloud's AI Innovation Center. "If Korean companies can't build frontier models, investors will look elsewhere. We need a much bigger and faster push on compute, data and talent at the same time, and the window for doing that is closing quickly."

Naver has spent more than 1 trillion won on its HyperClova X model, while Kakao scaled back its own foundation model work last year to focus on services built on partner models.

Korean AI startups raised 2.1 trillion won in venture funding in 2024, down 14 percent from 2023, according to the Korea Venture Capital Association.

Related Articles
Korea to build 1 trillion won national AI computing center
Samsung, SK hynix to ramp up HBM4 production

Copyright \u24d2 Korea JoongAng Daily. All rights reserved.
""",
)

# ---------------------------------------------------------------------------
add(
    "713_cnbc-japan-gdp-q4-2024.md",
    [
        ("url", "https://www.cnbc.com/2025/02/17/japan-gdp-fourth-quarter-2024.html"),
        ("date", "2025-02-16"),
        ("title", "Japan's economy grows faster than expected in fourth quarter, logs 0.1% growth for 2024"),
    ],
    """Japan's economy grows faster than expected in fourth quarter, logs 0.1% growth for 2024
Published Sun, Feb 16 2025 7:12 PM EST
Lim Hui Jie

Key Points
Japan's economy grew an annualized 2.8% in the fourth quarter, beating expectations of 1% in a Reuters poll.
For the full year, the economy expanded 0.1%, slowing sharply from 1.5% in 2023.
Nominal GDP topped 600 trillion yen for the first time, reaching 609.3 trillion yen.

Japan's economy grew at an annualized rate of 2.8% in the October-December quarter, marking a third straight quarter of growth. Quarter on quarter, GDP rose 0.7%.

Core consumer prices rose 3.0% in December from a year earlier, and the jobless rate averaged 2.5% last year.

The Bank of Japan raised its policy rate to 0.5% in January, the highest in 17 years.

Demographics remain a drag. The number of Japanese nationals fell by a record 898,000 to 120.3 million last year, while the fertility rate hit a record low of 1.20 in 2023. Neighboring South Korea, at 0.72 in 2024, is faring even worse.

Economists polled by Reuters expect growth of 1.1% in 2025.""",
    cut=False,
)

# ---------------------------------------------------------------------------
add(
    "714_policynotes-stem-talent-gap-numbers.txt",
    None,
    """The STEM Talent Gap: What the Numbers Say | Policy Notes

Home > Research > Blog > Tech & Talent

Posted by the Policy Notes team

Share: Twitter | LinkedIn | Email

Every debate about tech competition eventually comes back to people. Here is a quick tour of the headline numbers, with sources.

1. China's graduate machine

Chinese universities produced 3.57 million STEM graduates in 2020, compared with 820,000 in the United States, according to Georgetown's Center for Security and Emerging Technology (CSET). At the doctoral level, China awarded 49,498 STEM PhDs in 2019 against 33,759 in the US, and CSET projects China will reach more than 77,000 a year by 2025.

2. India: scale without spending

India produces roughly 2.55 million STEM graduates a year, second only to China. But it spends just 0.65% of GDP on R&D (2020-21), a fraction of China's 2.4%. Its students keep heading abroad: about 331,000 Indians were enrolled at US universities in 2023-24.

3. The US depends on imports

Foreign nationals earned 38% of US doctorates in science and engineering in 2022, and more than half in computer science. Roughly three-quarters of them say they intend to stay.

4. Europe's quiet strength

Germany stands out in Europe: about 35% of its new tertiary graduates studied STEM subjects, the highest share in the OECD. France produced around 130,000 STEM graduates. Meanwhile, the UK awarded 27% of first degrees in STEM.

5. East Asia's shrinking cohorts

South Korea and Japan both have strong STEM shares (about 30% and 20% respectively), but shrinking cohorts. Japan produced about 195,000 STEM graduates a year according to an older WEF tally, and its 18-year-old population is projected to fall below 1 million by 2032.

What it means

Raw graduate counts flatter large countries. On a per-capita basis, smaller economies such as Finland and Singapore look far stronger. And quality still varies wildly across systems.

Sources: CSET, OECD Education at a Glance 2023, NSF Survey of Earned Doctorates, IIE Open Doors, DST.

Related posts
- How many AI researchers does each country have?
- R&D intensity league table, 2024 edition
""",
)
