import type { Bilingual } from "@aidebt/model";
import type { Lang } from "../schema.js";

/** A glossary entry as written by hand; occurrences are computed from the editions. */
export interface GlossaryEntry {
  id: string;
  term: string;
  reading: string;
  english: string;
  definition: Bilingual;
  aliases: Record<Lang, string[]>;
  /** Phrases in which an alias means something else; matches inside them are not occurrences. */
  exclude?: Partial<Record<Lang, string[]>>;
  /** "figures": a term of the figures and the simulator that the article's text does not use. */
  scope?: "figures";
}

export const glossaryEntries: readonly GlossaryEntry[] = [
  {
    id: "off-balance-sheet-debt",
    term: "オフバランス債務",
    reading: "おふばらんすさいむ",
    english: "off-balance-sheet debt",
    definition: {
      ja: "企業の貸借対照表に負債として計上されない借入や支払義務。特別目的会社やリース、保証などを通じて生じ、投資家からは全体の負債が見えにくくなる。",
      en: "Borrowing or payment obligations that a company does not record as liabilities on its balance sheet. It arises through special purpose vehicles, leases or guarantees, and hides part of the total debt from investors.",
    },
    aliases: { ja: ["オフバランス債務", "オフバランスの債務"], en: ["off-balance-sheet debt"] },
  },
  {
    id: "spv",
    term: "SPV/特別目的会社",
    reading: "とくべつもくてきがいしゃ",
    english: "special purpose vehicle (SPV)",
    definition: {
      ja: "特定の資産や事業だけを保有・運営するために設立される法人。親会社から切り離して資金を調達でき、連結されなければその負債は親会社の貸借対照表に載らない。",
      en: "A legal entity set up only to hold or run a specific asset or project. It can raise money separately from its parent, and if it is not consolidated its debt stays off the parent's balance sheet.",
    },
    aliases: { ja: ["SPV", "特別目的会社"], en: ["SPV", "special purpose vehicle"] },
  },
  {
    id: "private-credit",
    term: "プライベートクレジット",
    reading: "ぷらいべーとくれじっと",
    english: "private credit",
    definition: {
      ja: "銀行ではなく投資ファンドなどが、公開市場を通さずに企業へ直接行う融資。条件は当事者間で決まり、価格や残高が外から見えにくい。",
      en: "Loans made directly to companies by investment funds and other non-bank lenders, outside public markets. Terms are negotiated privately, so prices and amounts are hard to see from outside.",
    },
    aliases: { ja: ["プライベートクレジット"], en: ["private credit", "private-credit"] },
  },
  {
    id: "depreciation",
    term: "減価償却",
    reading: "げんかしょうきゃく",
    english: "depreciation",
    definition: {
      ja: "設備などの取得費用を、使える期間(耐用年数)にわたって毎期の費用として配分する会計処理。耐用年数を長く見積もるほど、毎期の費用は小さく見える。",
      en: "The accounting practice of spreading the cost of equipment over the years it is expected to be used (its useful life). The longer the assumed life, the smaller each year's expense looks.",
    },
    aliases: { ja: ["減価償却"], en: ["depreciation", "depreciating", "depreciated", "depreciate"] },
  },
  {
    id: "project-finance",
    term: "プロジェクトファイナンス",
    reading: "ぷろじぇくとふぁいなんす",
    english: "project finance",
    definition: {
      ja: "特定の事業が生むキャッシュフローだけを返済原資とする融資手法。貸し手は事業の収支や契約を審査し、返済余力(DSCRなど)に条件を付ける。",
      en: "Lending that is repaid only from the cash flow of one specific project. Lenders examine the project's contracts and economics and set conditions on its capacity to repay (such as a minimum DSCR).",
    },
    aliases: { ja: ["プロジェクトファイナンス"], en: ["project finance"] },
  },
  {
    id: "balance-sheet",
    term: "貸借対照表",
    reading: "たいしゃくたいしょうひょう",
    english: "balance sheet",
    definition: {
      ja: "ある時点の企業の資産・負債・純資産を一覧にした財務諸表。バランスシートとも呼ばれ、資産の合計は負債と純資産の合計に等しい。",
      en: "The financial statement listing a company's assets, liabilities and equity at a point in time. Total assets always equal total liabilities plus equity.",
    },
    aliases: { ja: ["貸借対照表", "バランスシート"], en: ["balance sheet"] },
  },
  {
    id: "credit-bubble",
    term: "信用バブル",
    reading: "しんようばぶる",
    english: "credit bubble",
    definition: {
      ja: "借入(信用)が返済能力を超えて膨らみ、それが資産価格や投資を押し上げている状態。資金の流れが止まると、借金と価格が一気に崩れやすい。",
      en: "A state in which borrowing grows beyond the capacity to repay and props up asset prices or investment. When the flow of credit stops, debt and prices tend to collapse together.",
    },
    aliases: { ja: ["信用バブル"], en: ["credit bubble"] },
  },
  {
    id: "subprime-loan",
    term: "サブプライムローン",
    reading: "さぶぷらいむろーん",
    english: "subprime mortgage",
    definition: {
      ja: "信用力の低い借り手向けの住宅ローン。証券化されて世界中に売られ、2008年の金融危機(リーマンショック)の引き金になった。",
      en: "Home loans to borrowers with weak credit. Securitised and sold around the world, they triggered the 2008 financial crisis.",
    },
    aliases: { ja: ["サブプライムローン"], en: ["subprime"] },
  },
  {
    id: "portfolio-60-40",
    term: "60/40ポートフォリオ",
    reading: "ろくじゅうよんじゅうぽーとふぉりお",
    english: "60/40 portfolio",
    definition: {
      ja: "資産の60%を株式、40%を債券に配分する伝統的な分散投資。株と債券の値動きが逆になる(相関が負の)ときにリスクを抑えられる。",
      en: "The traditional balanced allocation of 60% to stocks and 40% to bonds. It reduces risk when stocks and bonds move in opposite directions (negative correlation).",
    },
    aliases: { ja: ["60/40ポートフォリオ", "60%株+40%債券"], en: ["60/40 portfolio", "60% stocks"] },
  },
  {
    id: "gpu",
    term: "GPU",
    reading: "じーぴーゆー",
    english: "GPU (graphics processing unit)",
    definition: {
      ja: "大量の計算を並列に処理する半導体チップ。AIの学習と推論の中心で、データセンターの費用の大きな部分を占め、新世代が出ると旧世代の競争力が落ちる。",
      en: "A chip that performs large numbers of calculations in parallel. It is the workhorse of AI training and inference, a large share of a data center's cost, and loses competitiveness when a new generation arrives.",
    },
    aliases: { ja: ["GPU"], en: ["GPU"] },
  },
  {
    id: "data-center",
    term: "データセンター",
    reading: "でーたせんたー",
    english: "data center",
    definition: {
      ja: "サーバーや通信機器を集中して設置・運用する施設。建物・電力・冷却設備と、その中のGPUなどのIT機器からなる。",
      en: "A facility that houses and runs servers and network equipment. It consists of the building, power and cooling, and the IT equipment such as GPUs inside it.",
    },
    aliases: { ja: ["データセンター"], en: ["data center", "data centre"] },
  },
  {
    id: "cash-flow",
    term: "キャッシュフロー",
    reading: "きゃっしゅふろー",
    english: "cash flow",
    definition: {
      ja: "一定期間に企業へ実際に出入りした現金の流れ。会計上の利益と違い、借金の利払いや返済に使えるお金の量を示す。",
      en: "The cash that actually flows into and out of a business over a period. Unlike accounting profit, it shows how much money is available to pay interest and repay debt.",
    },
    aliases: { ja: ["キャッシュフロー"], en: ["cash flow", "cash-flow"] },
  },
  {
    id: "shadow-banking",
    term: "影の銀行/シャドーバンキング",
    reading: "かげのぎんこう",
    english: "shadow banking",
    definition: {
      ja: "銀行規制の外で、銀行と同じように資金を集めて貸し出す金融仲介。ファンドやノンバンクが担い、監督や情報開示が銀行より緩い。",
      en: "Bank-like lending and borrowing carried out outside banking regulation. Funds and non-banks do it, under lighter supervision and disclosure than banks.",
    },
    aliases: { ja: ["影の銀行", "シャドーバンキング"], en: ["shadow bank", "shadow banking"] },
  },
  {
    id: "alternative-investments",
    term: "オルタナティブ投資",
    reading: "おるたなてぃぶとうし",
    english: "alternative investments",
    definition: {
      ja: "上場株式や債券といった伝統的資産以外への投資。プライベートエクイティ、不動産、インフラ、ヘッジファンド、プライベートクレジットなどを含む。",
      en: "Investments outside traditional listed stocks and bonds, such as private equity, real estate, infrastructure, hedge funds and private credit.",
    },
    aliases: { ja: ["オルタナティブ投資"], en: ["alternative investment"] },
  },
  {
    id: "h1b-visa",
    term: "H-1Bビザ",
    reading: "えいちわんびーびざ",
    english: "H-1B visa",
    definition: {
      ja: "米国で専門職の外国人が働くための就労ビザ。IT企業やスタートアップがエンジニアの採用に広く使っている。",
      en: "The US work visa for foreign professionals in specialty occupations. Tech companies and startups use it widely to hire engineers.",
    },
    aliases: { ja: ["H-1B"], en: ["H-1B"] },
  },
  {
    id: "feed-in-tariff",
    term: "FIT/固定価格買取制度",
    reading: "こていかかくかいとりせいど",
    english: "feed-in tariff (FIT)",
    definition: {
      ja: "再生可能エネルギーで発電した電気を、国が定めた価格で一定期間買い取ることを電力会社に義務づける制度。日本では太陽光発電の急増を招いた。",
      en: "A scheme that obliges utilities to buy renewable electricity at a state-set price for a fixed period. In Japan it set off a rush of solar power projects.",
    },
    aliases: { ja: ["FIT", "固定価格買取制度"], en: ["FIT", "feed-in tariff"] },
  },
  {
    id: "overbuilding",
    term: "過剰建設",
    reading: "かじょうけんせつ",
    english: "overbuilding",
    definition: {
      ja: "将来の需要を過大に見込んで、実際に使われる以上の設備を建ててしまうこと。需要が鈍ると遊休設備と借金が残る。",
      en: "Building more capacity than will actually be used because future demand was overestimated. When demand slows, idle capacity and its debt are left behind.",
    },
    aliases: { ja: ["過剰建設"], en: ["overbuilding", "overbuild"] },
  },
  {
    id: "hyperscaler",
    term: "ハイパースケーラー(Big Tech)",
    reading: "はいぱーすけーらー",
    english: "hyperscaler",
    definition: {
      ja: "巨大なクラウドとデータセンターを自ら運営する大手IT企業(アマゾン、マイクロソフト、グーグル、メタなど)。記事ではBig Techと呼ばれている。",
      en: "A large technology company that runs its own giant cloud and data centers (Amazon, Microsoft, Google, Meta and others). The article calls them Big Tech.",
    },
    aliases: { ja: ["ハイパースケーラー", "Big Tech"], en: ["hyperscaler", "Big Tech"] },
  },
  {
    id: "private-equity",
    term: "プライベートエクイティ",
    reading: "ぷらいべーとえくいてぃ",
    english: "private equity",
    definition: {
      ja: "上場していない企業の株式に投資する投資手法、またはそのファンド。売買の機会が限られ、価格は市場で日々付かない。",
      en: "Investment in the shares of companies that are not listed, or the funds that do it. The holdings are hard to sell and are not priced by a market every day.",
    },
    aliases: { ja: ["プライベートエクイティ"], en: ["private equity"] },
  },
  {
    id: "lehman-shock",
    term: "リーマンショック",
    reading: "りーまんしょっく",
    english: "the Lehman shock (2008 financial crisis)",
    definition: {
      ja: "2008年9月の米投資銀行リーマン・ブラザーズの破綻を機に広がった世界的な金融危機。その後、銀行への規制が強まり、リスクの高い融資は銀行の外へ移った。",
      en: "The global financial crisis that spread after the US investment bank Lehman Brothers failed in September 2008. Banks were regulated more tightly afterwards, and riskier lending moved outside them.",
    },
    aliases: { ja: ["リーマンショック"], en: ["Lehman shock", "Lehman"] },
  },
  {
    id: "hedge-fund",
    term: "ヘッジファンド",
    reading: "へっじふぁんど",
    english: "hedge fund",
    definition: {
      ja: "空売りや借入(レバレッジ)など多様な手法で、市場の上げ下げにかかわらず収益を狙う私募の投資ファンド。",
      en: "A privately offered investment fund that uses techniques such as short selling and borrowing (leverage) to seek returns whether markets rise or fall.",
    },
    aliases: { ja: ["ヘッジファンド"], en: ["hedge fund"] },
  },
  {
    id: "risk-hedge",
    term: "リスクヘッジ",
    reading: "りすくへっじ",
    english: "risk hedge",
    definition: {
      ja: "値動きが逆になりやすい資産を組み合わせるなどして、損失の可能性を抑えること。",
      en: "Reducing the chance of loss, for example by holding assets that tend to move in opposite directions.",
    },
    aliases: { ja: ["リスクヘッジ"], en: ["risk hedge"] },
  },
  {
    id: "mega-solar",
    term: "メガソーラー",
    reading: "めがそーらー",
    english: "utility-scale solar plant (mega-solar)",
    definition: {
      ja: "出力1メガワット以上の大規模な太陽光発電所。日本では固定価格買取制度(FIT)の導入後に急増した。",
      en: "A large solar power plant of one megawatt or more. In Japan they multiplied after the feed-in tariff (FIT) was introduced.",
    },
    aliases: { ja: ["メガソーラー"], en: ["mega-solar"] },
  },
  {
    id: "bubble-era",
    term: "バブル期",
    reading: "ばぶるき",
    english: "Japan's bubble era",
    definition: {
      ja: "1980年代後半から1990年代初めにかけて、日本で株価と地価が急騰した時期。崩壊後、多くの企業と銀行が過剰な借金と不良債権を抱えた。",
      en: "The late 1980s to early 1990s, when Japanese share and land prices soared. After it burst, many companies and banks were left with excessive debt and bad loans.",
    },
    aliases: { ja: ["バブル期"], en: ["bubble era"] },
    exclude: { ja: ["ITバブル期"] },
  },
  {
    id: "sponsor",
    term: "スポンサー",
    reading: "すぽんさー",
    english: "sponsor",
    definition: {
      ja: "SPVを作り、そのデータセンターを借りて賃料を払う大手テック企業(ハイパースケーラー)。SPVの債務は負わないが、残価保証などを通じて損失の一部を引き受けることがある。",
      en: "The big tech company (a hyperscaler) that sets up a vehicle, leases its data centre and pays the rent. It does not owe the vehicle's debt, but may take part of its losses through a residual value guarantee.",
    },
    aliases: { ja: ["スポンサー"], en: ["sponsor"] },
    scope: "figures",
  },
  {
    id: "minsky-classes",
    term: "ヘッジ・投機的・ポンジ",
    reading: "へっじ・とうきてき・ぽんじ",
    english: "hedge, speculative and Ponzi finance",
    definition: {
      ja: "経済学者ミンスキーによる借り手の3分類。ヘッジは営業キャッシュフローで利息と元本を返せる、投機的は利息だけ払えて元本は借り換えに頼る、ポンジは利息すら払えず新たな借入や資産の値上がりに頼る状態。",
      en: "Hyman Minsky's three classes of borrower. Hedge: operating cash flow pays interest and principal; speculative: it pays interest but the principal depends on refinancing; Ponzi: it does not even pay the interest, which depends on new borrowing or rising asset prices.",
    },
    aliases: { ja: ["ヘッジ・投機的・ポンジ", "ポンジ金融", "投機的金融", "ポンジ型"], en: ["hedge, speculative and Ponzi", "Ponzi finance", "speculative finance", "Ponzi"] },
    scope: "figures",
  },
  {
    id: "residual-value-guarantee",
    term: "残価保証",
    reading: "ざんかほしょう",
    english: "residual value guarantee",
    definition: {
      ja: "リース終了時に資産(データセンター)の価値が約束した額を下回ったとき、借り手が差額を払う約束。借り手は資産の値下がりのリスクを負い、これが顕在化すると支払いが生じる。",
      en: "A lessee's promise to pay the shortfall if the asset (a data centre) is worth less than an agreed amount when the lease ends. The lessee keeps the risk of the asset's fall in value, and pays when it materialises.",
    },
    aliases: { ja: ["残価保証"], en: ["residual value guarantee"] },
    scope: "figures",
  },
  {
    id: "npv",
    term: "NPV/正味現在価値",
    reading: "しょうみげんざいかち",
    english: "net present value (NPV)",
    definition: {
      ja: "将来のキャッシュフローを割引率で今の価値に直し、投資額を差し引いた値。マイナスなら、その投資は資本のコストを回収できていない。",
      en: "Future cash flows discounted to today at a required rate of return, minus the investment. A negative NPV means the investment does not earn its cost of capital.",
    },
    aliases: { ja: ["NPV", "正味現在価値"], en: ["NPV", "net present value"] },
    scope: "figures",
  },
  {
    id: "covenant-dscr",
    term: "財務制限条項/DSCR",
    reading: "ざいむせいげんじょうこう",
    english: "covenant / debt service coverage ratio (DSCR)",
    definition: {
      ja: "財務制限条項は融資契約で借り手に課す財務上の条件。DSCR(債務返済カバー率)は元利払いに対するキャッシュフローの倍率で、これが条項の水準(例:1.2倍)を下回ると抵触となり、貸し手は返済の前倒しや保証の履行を求められる。",
      en: "A covenant is a financial condition a loan agreement places on the borrower. The DSCR (debt service coverage ratio) is cash flow divided by interest and principal due; below the covenant level (e.g. 1.2×) the borrower is in breach and lenders can demand early repayment or call a guarantee.",
    },
    aliases: { ja: ["財務制限条項", "DSCR"], en: ["covenant", "DSCR", "debt service coverage"] },
    scope: "figures",
  },
  {
    id: "consolidation",
    term: "連結",
    reading: "れんけつ",
    english: "consolidation",
    definition: {
      ja: "子会社や支配するSPVの資産と負債を親会社の財務諸表に合算すること。連結されるとSPVの債務が親会社の貸借対照表に載り、隠れていた債務が表に出る。",
      en: "Adding the assets and liabilities of subsidiaries and controlled vehicles to the parent's financial statements. Once a vehicle is consolidated, its debt appears on the parent's balance sheet and the hidden debt surfaces.",
    },
    aliases: { ja: ["連結"], en: ["consolidation", "consolidated"] },
    scope: "figures",
  },
  {
    id: "impairment",
    term: "減損",
    reading: "げんそん",
    english: "impairment",
    definition: {
      ja: "資産の回収可能な価値が帳簿価額を下回ったとき、その差を一度に損失として計上すること。世代交代で競争力を失ったGPUは、減価償却が終わる前に減損されることがある。",
      en: "Writing an asset down to what it can still recover when that is below its book value, as one loss. GPUs made uncompetitive by a new generation may be impaired before their depreciation ends.",
    },
    aliases: { ja: ["減損"], en: ["impairment", "impaired"] },
    scope: "figures",
  },
  {
    id: "lease-liability",
    term: "リース負債",
    reading: "りーすふさい",
    english: "lease liability",
    definition: {
      ja: "リースで借りている資産について、将来払う賃料の現在価値を負債として計上したもの。リースの開始時に載るため、契約済みで未開始のリースはまだ貸借対照表に現れない。",
      en: "The present value of the rent still to be paid on a lease, recorded as a liability. It is recorded when the lease commences, so leases signed but not yet commenced do not yet appear on the balance sheet.",
    },
    aliases: { ja: ["リース負債"], en: ["lease liability", "lease liabilities"] },
    scope: "figures",
  },
];
