/**
 * The English edition, translated in full from the Japanese article by this project. Section by section and
 * line by line it follows the Japanese one (paragraph `n` of a section is the twin of Japanese paragraph `n`);
 * `**…**` marks the same emphasis as the Japanese where its markers pair.
 */
export interface EnglishSection {
  slug: string;
  heading: string;
  paragraphs: readonly string[];
}

export const articleEnTitle = "The AI dream runs on debt";

export const articleEnSections: readonly EnglishSection[] = [
  {
    slug: "intro",
    heading: "Deep dive: The AI dream runs on debt",
    paragraphs: [
      "Behind the frenzy of the AI revolution, something is quietly piling up.",
      "It is “invisible debt”.",
      "Paul Kedrosky, a research fellow at MIT in the US and a venture investor, has sounded the alarm.",
      "Big Tech — Apple, Meta, Microsoft and others — is rapidly building up **“off-balance-sheet debt” that does not appear on the balance sheet** as it expands its AI infrastructure, he says.",
      "“Before AI has even started to turn a profit, they are already piling up enormous debts.",
      "This is a breeding ground for a new credit bubble,” says Kedrosky.",
      "AI is not yet “making money”.",
      "On the contrary, every time NVIDIA releases a new GPU (high-performance chip), the equipment of the entire data center has to be renewed.",
      "In other words, it is a structure in which the cycle of borrowing → investment → depreciation → borrowing again never stops.",
      "This is “the debt structure of the AI bubble”.",
    ],
  },
  {
    slug: "hidden-debt",
    heading: "What the “debt that stays out of sight” really is",
    paragraphs: [
      "Ruth Yang, an analyst at S&P Global, puts it this way:",
      "“Meta and Apple are both raising money for AI. Sometimes they put it on the balance sheet, and sometimes they don't.”",
      "In other words, part of it is borrowed through “SPVs (special purpose vehicles)”.",
      "This makes the actual liabilities hard for investors to see.",
      "Doesn't this structure look familiar?",
      "Yes — the subprime loans of 2008.",
      "Back then, too, “mortgage loans” were repackaged into complex financial products, until nobody could tell who ultimately bore the risk.",
      "In today's AI bubble, the “mortgages” have simply been replaced by “data center loans”.",
    ],
  },
  {
    slug: "meta-private-credit",
    heading: "Meta raises funds on a ¥29 trillion scale, and “private credit” holds the key",
    paragraphs: [
      "Meta (formerly Facebook) is pushing ahead with a plan to raise $29 billion (about ¥4.5 trillion) for building AI from private credit (the private lending market).",
      "According to the Carlyle Group of the US, $1.8 trillion (about ¥270 trillion) is expected to be poured into AI by 2030.",
      "The driving force behind it is not banks but private credit funds.",
      "Since the Lehman shock, banks have held back on lending against risky assets, and funds have risen in their place as “shadow banks”.",
      "Japan has a similar picture.",
      "For example, as regional banks hold back on lending, funds affiliated with trading houses and government-backed funds (such as INCJ) step in to provide the money for corporate turnarounds: the same structure.",
      "In other words, behind AI too, a “financial ecosystem that stays out of sight” is expanding.",
    ],
  },
  {
    slug: "debt-machine",
    heading: "What a data center really is: a “debt machine”",
    paragraphs: [
      "What supports AI is the data center.",
      "Building a single one costs hundreds of billions of yen.",
      "What is more, more than half of the cost is chips.",
      "Every time NVIDIA brings out a new model they have to be replaced, and **“debt with every upgrade”** keeps piling up.",
      "The analyst Kedrosky points out:",
      "“AI infrastructure is not something you build once and are done with. It is destined to be replaced, again and again, by the latest GPUs.”",
      "To put it another way,",
      "it is like “a mortgage hell in which you take out the next loan before you have finished depreciating the last one”.",
    ],
  },
  {
    slug: "financing-illusion",
    heading: "The illusion of “planned financing”",
    paragraphs: [
      "Of course, S&P's Yang defends it: “This is not reckless lending.”",
      "“It is properly structured as project finance. The lenders are analysing it carefully, too.”",
      "The problem, however, is that even if the AI business can repay its loans, there is no guarantee that the investor behind it (Big Tech) will earn a return.",
      "Building an AI model does not mean it will turn a profit right away.",
      "Even when users multiply, as with ChatGPT, monetisation is still at the trial-and-error stage.",
      "In other words, it is a structure in which “the loans can be repaid, but nobody profits”.",
    ],
  },
  {
    slug: "bubble-trigger",
    heading: "What would make the “AI debt bubble” burst",
    paragraphs: [
      "Yang warns:",
      "“There is a risk of overbuilding. If the economy weakens, it will become a problem all at once.”",
      "What will end the AI bubble is neither interest rates nor regulation but a “slowdown in demand”.",
      "When consumers close their wallets, cloud usage and advertising spending both fall, and Big Tech's cash flow shrinks.",
      "At that moment, the off-balance-sheet debt will surface all at once.",
      "In Japanese terms, it resembles the solar bubble and the mega-solar projects of the 2000s.",
      "They were built relying on the state's subsidy (the FIT, a feed-in tariff), could not turn a profit and went bust: the same picture may repeat itself in the AI industry.",
    ],
  },
  {
    slug: "summary",
    heading: "Summary",
    paragraphs: [
      "Behind the scenes of the AI revolution, the story unfolding is not one of technology but one of finance.",
      "Ahead of the “value of data” that AI models create, a “story of fund-raising” is already running.",
      "This is not innovation; it is no more than a “machine for circulating money”.",
      "The essential question for investors is this:",
      "“Is this AI boom running on cash flow, or is it running on debt?”",
      "At present, it is clearly the latter.",
      "Without any profit being made, data centers, GPUs and power grids are added one after another, and companies repay the “previous loan” with the “next loan”.",
      "It is, quite simply, a financial bubble wearing the skin of a technology bubble.",
      "That said, the picture is not all gloom.",
      "If this money circulates efficiently and AI creates value for society, this may work as a new form of capitalism (Debt-Driven Innovation).",
      "For that, however, “transparency about debt” and “monetisation that becomes real” are indispensable.",
      "Japan has a similar lesson to offer.",
      "During the IT bubble of the 90s, many companies overinvested in the name of “future growth”, and in the end were left with nothing but mountains of debt.",
      "If the AI bubble is not to go down the same road, what is needed is a cool head that keeps its eyes not on “technology” but on “cash flow”.",
    ],
  },
  {
    slug: "portfolio-60-40",
    heading: "An article that caught my eye: J.P. Morgan on “the end of the 60/40 portfolio”",
    paragraphs: [
      "David Kelly, global strategist at J.P. Morgan, stated flatly:",
      "“Diversifying across stocks and bonds alone no longer works as a risk hedge.”",
      "The traditional portfolio of 60% stocks + 40% bonds is falling apart as interest rates rise and inflation flares up again.",
      "What draws attention instead is “alternative investments”.",
      "Private equity, real estate, infrastructure, hedge funds and the like: **“unlisted assets close to the real economy”**.",
      "What makes this interesting is that it is part of the same current as the “private credit” that is the talk of the AI bubble.",
      "In other words, to the extent that banks have backed away from risk, money flows into “private markets”, and both the returns and the risks seep out beyond the banks.",
      "Investors have now become participants in an “invisible economy”.",
    ],
  },
  {
    slug: "h1b-fee",
    heading: "Side note ①: A $100,000 “entry fee” for the H-1B visa?",
    paragraphs: [
      "A Trump administration plan that is the talk of the US.",
      "It would charge an application fee of **$100,000 (about ¥15 million) per petition** for the high-skill visa (H-1B).",
      "With this one announcement, Silicon Valley's startup scene erupted in an uproar.",
      "Mega-companies (NVIDIA, OpenAI) can pay.",
      "But startups will go under.",
      "It is like an “exit tax on AI talent”.",
      "In Congress, both parties are united in opposing it: “Do that and innovation dies.”",
      "With Japan, too, facing a “shortage of foreign IT talent”, this move in America is not someone else's problem.",
    ],
  },
  {
    slug: "artemis-delay",
    heading: "Side note ②: SpaceX's moon-landing schedule slips on an Earthly scale",
    paragraphs: [
      "Artemis III, the moon-landing mission NASA had planned for 2028.",
      "The prime contractor is SpaceX, but, astonishingly, its rocket has exploded three times in a row.",
      "NASA has finally said it will “consider other companies too”.",
      "The candidate is Blue Origin, led by Jeff Bezos.",
      "The stock market reacted at once. Shares of rival companies rose across the board.",
      "— In other words, the ironic picture is that the further SpaceX falls behind, the higher shares on Earth go.",
      "The dream of a moon landing. Reality, it seems, cannot escape “the gravity of money and schedules”.",
    ],
  },
  {
    slug: "editors-note",
    heading: "Editor's note",
    paragraphs: [
      "Whenever we talk about the AI bubble, “hope” and “fear” inevitably intertwine.",
      "The hope is a future in which everything is automated and humans are set free.",
      "The fear is the reality that this future is being bought with debt.",
      "What comes to mind is the Japanese companies of the bubble era.",
      "Everyone said they were “investing for growth”, but in fact they kept “borrowing and repaying”, over and over.",
      "AI has the same smell.",
      "Perhaps ChatGPT, NVIDIA and even the AI assistant inside your PC are all part of a “dream that runs on debt”.",
      "Ironically, though, human progress mostly starts with debt, doesn't it?",
      "Steam engines and railways alike were all, at first, “businesses that didn't pay”.",
      "AI will surely be the same.",
      "The point is not to misjudge “where it stops”.",
      "Even if the bubble bursts, the technology remains.",
      "The “technology” that remains after the debt is humanity's true asset.",
    ],
  },
];
