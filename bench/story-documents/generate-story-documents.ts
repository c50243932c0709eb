import { slugKey } from '../../src/model/ids';
import { RandomDraws } from '../graph/seeded-random';

/**
 * Synthetic story documents for benchmarks: well-formed in the text format the parser reads, varied
 * the way real ones are, and reproducible. Each document depends only on (index, seed), so a
 * benchmark can generate any slice of a corpus without generating what comes before it.
 *
 * Companies, people, regulators and publishers come from shared pools, so actors recur across
 * stories as they do in a real graph (the same outlet publishing many stories, the same chief
 * executive facing several).
 */

export interface GeneratedStoryDocument {
  /** `<story>.v1.txt`: the story slug the parser takes from the file name, unique per (index, seed). */
  fileName: string;
  text: string;
}

/** mulberry32: tiny, fast and good enough to pick words; not for anything that needs real randomness. */
class Random extends RandomDraws {
  private state: number;

  constructor(seed: number) {
    super();
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** Up to n distinct items in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool.slice(0, n);
  }
}

/** murmur3's finalizer: neighbouring (seed, index) pairs must not give neighbouring PRNG states. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

interface Company {
  name: string;
  ceo: string;
  product: string;
}

interface Outlet {
  name: string;
  reporters: readonly string[];
}

/** A person publishing on a platform: the source line names "<person> <platform>". */
interface Account {
  person: string;
  platform: string;
}

// Fictional names only, with every surname distinct, so a surname alone names one person in any story.
const COMPANIES: readonly Company[] = [
  { name: 'Lumina Health', ceo: 'Dana Whitfield', product: 'patient app' },
  { name: 'Corvid Robotics', ceo: 'Elena Vasquez', product: 'warehouse robots' },
  { name: 'Halcyon Bank', ceo: 'Marcus Bell', product: 'mobile banking app' },
  { name: 'Northwind Logistics', ceo: 'Aisha Karim', product: 'parcel lockers' },
  { name: 'Arden Motors', ceo: 'Tobias Lindqvist', product: 'compact electric van' },
  { name: 'Quillfeather AI', ceo: 'Ravi Menon', product: 'writing assistant' },
  { name: 'Brightwater Energy', ceo: 'Sofia Marchetti', product: 'home battery' },
  { name: 'Tessellate Games', ceo: 'Kenji Watanabe', product: 'handheld console' },
  { name: 'Marlow Pharmaceuticals', ceo: 'Helen Achebe', product: 'insulin pen' },
  { name: 'Oriel Telecom', ceo: 'Lukas Brandt', product: 'home router' },
  { name: 'Vantage Retail', ceo: 'Grace Holloway', product: 'self-checkout kiosks' },
  { name: 'Pinecrest Insurance', ceo: 'Omar Haddad', product: 'claims app' },
  { name: 'Stratus Cloud', ceo: 'Nadia Petrova', product: 'managed database service' },
  { name: 'Juniper Foods', ceo: 'Carlos Mendes', product: 'infant formula' },
  { name: 'Kestrel Aerospace', ceo: 'Ingrid Solberg', product: 'regional jet' },
  { name: 'Meridian Media', ceo: 'Julian Park', product: 'streaming service' },
  { name: 'Cobalt Payments', ceo: 'Yara Nasser', product: 'card terminals' },
  { name: 'Fernway Airlines', ceo: 'Patrick Doyle', product: 'booking system' },
  { name: 'Helix Genomics', ceo: 'Mei Lin Zhou', product: 'home DNA test' },
  { name: 'Sable Semiconductors', ceo: 'Anton Kowalski', product: 'server chips' },
  { name: 'Wren Social', ceo: 'Chloe Durand', product: 'messaging app' },
  { name: 'Granite Buildworks', ceo: 'Samuel Osei', product: 'modular homes' },
  { name: 'Atlas Grocers', ceo: 'Fatima Rahman', product: 'delivery service' },
  { name: 'Nimbus Devices', ceo: 'Daniel Reyes', product: 'smart thermostat' },
];

const OUTLETS: readonly Outlet[] = [
  { name: 'Ledgerline', reporters: ['Priya Raman', 'Tom Achterberg'] },
  { name: 'The Meridian Post', reporters: ['Hannah Cole', 'David Mensah'] },
  { name: 'Harbor Business Journal', reporters: ['Lucia Romero'] },
  { name: 'Capital Desk', reporters: ['Jordan Okafor'] },
  { name: 'The Circuit', reporters: ['Ethan Brooks', 'Mina Sato'] },
  { name: 'Signal & Noise', reporters: ['Ruth Adeyemi'] },
  { name: 'Policy Wire', reporters: ['Ben Ashworth'] },
  { name: 'Northgate Tribune', reporters: ['Clara Jensen'] },
  { name: 'Boardroom Brief', reporters: ['Selin Aydin'] },
  { name: 'Dataline Substack', reporters: ['Owen Fischer'] },
];

const ACCOUNTS: readonly Account[] = [
  { person: 'Leah Goldberg', platform: 'Bluesky' },
  { person: 'Arjun Patel', platform: 'LinkedIn' },
  { person: 'Nora Quinn', platform: 'Threads' },
  { person: 'Viktor Hale', platform: 'X' },
  { person: 'Priya Raman', platform: 'X' },
  { person: 'Felix Moreau', platform: 'Twitter' },
];

const GROUPS: readonly string[] = [
  'Digital Workers Union',
  'Patients First Alliance',
  'Open Rights League',
  'Consumer Watch Council',
  'Shareholder Accountability Network',
  'Retail and Warehouse Union',
];

/** The text a template is filled with; placeholders are `{key}`. */
type Fill = Record<string, string>;

interface Topic {
  slug: string;
  /** How the prose refers to what happened: "the breach". */
  noun: string;
  affected: string;
  amount: (random: Random) => string;
  regulators: readonly string[];
  titles: readonly string[];
  /** The first is the story's lead and always opens What. */
  what: readonly string[];
  why: readonly string[];
  narrative: readonly string[];
  questions: readonly string[];
  /** In the order they happen. */
  timeline: readonly string[];
  sourceTitles: readonly string[];
  quotes: { ceo: readonly string[]; memo: readonly string[]; regulator: readonly string[]; group: readonly string[]; analyst: readonly string[] };
  tensions: readonly string[];
}

const thousands = (n: number) => n.toLocaleString('en-US');

const TOPICS: readonly Topic[] = [
  {
    slug: 'data-breach',
    noun: 'the breach',
    affected: 'customers',
    amount: (r) => `${(r.int(3, 99) / 10).toFixed(1)} million customers`,
    regulators: ['Northern Data Protection Authority', 'Office of the Privacy Commissioner'],
    titles: ["{company}'s Data Breach and the Disclosure Gap", '{company} Breach Exposes Records of {amount}', 'Inside the {company} Breach Response'],
    what: [
      '{company} confirmed that attackers reached the records of {amount} through a compromised vendor account',
      'Internal messages obtained by {outlet} show that security staff flagged the intrusion weeks before the public disclosure',
      "The stolen data included names, addresses and partial payment details, according to {company}'s own filing",
    ],
    why: [
      'Breach notification rules exist so that people can protect themselves early, and a long silence turns that protection into a formality',
      'If a company can sit on a confirmed intrusion for weeks, its {affected} bear the cost of the delay',
    ],
    narrative: [
      'A night-shift analyst at {company} first noticed unusual exports from a billing system, according to logs reviewed by {outlet}',
      "The security team described the incident internally as 'a confirmed exfiltration' within two days",
      '{company} waited nearly a month before publishing a statement about {noun}',
      'Outside investigators later traced the entry point to a contractor account that had never been deactivated',
    ],
    questions: [
      'Did {company} notify regulators within the 72 hours its own policy requires?',
      'Will {affected} whose payment details were exposed be offered more than credit monitoring?',
      'Why did the contractor account stay active after the contract ended?',
    ],
    timeline: ['Security staff at {company} flag unusual data exports', '{company} confirms the breach in a public statement', '{company} begins notifying affected {affected}'],
    sourceTitles: [
      '{company} says {amount} exposed in vendor breach',
      'Internal logs show {company} knew of breach weeks before disclosure',
      'How a contractor account opened the door at {company}',
    ],
    quotes: {
      ceo: ['acted as quickly as the facts allowed', 'no evidence of misuse', 'the security of our customers comes first'],
      memo: ['we cannot afford a second headline', 'keep this inside the incident channel'],
      regulator: ['a matter of serious concern', 'notification deadlines are not optional'],
      group: ['customers were left in the dark', 'a textbook case of delayed disclosure'],
      analyst: ['the delay will cost more than the breach itself', 'a governance failure, not a technical one'],
    },
    tensions: [
      "{company}'s public account ('{qCeo}') vs. the security team's internal assessment ('a confirmed exfiltration'): the company's own staff considered the facts established long before the disclosure",
      'Careful forensic investigation vs. prompt notification of {affected}: waiting for certainty left {amount} unaware their records were exposed',
    ],
  },
  {
    slug: 'layoffs',
    noun: 'the layoffs',
    affected: 'employees',
    amount: (r) => `${thousands(r.int(2, 120) * 100)} jobs`,
    regulators: ['National Labor Relations Panel', 'State Employment Board'],
    titles: ['{company} Cuts {amount} After Record Quarter', "{company}'s Layoffs and the Promise of No More Cuts"],
    what: [
      '{company} said it would cut {amount}, about {percent} of its workforce',
      'The cuts were announced on the same day {company} reported higher quarterly revenue',
      'Severance terms varied sharply between offices, according to documents seen by {outlet}',
    ],
    why: [
      'The cuts test whether companies that profit from automation will share the gains with the staff who built it',
      'Workers across the sector read {noun} as a signal that stable jobs are no longer tied to company performance',
    ],
    narrative: [
      'Managers at {company} were told about {noun} only hours before employees received notices',
      'Several teams that had been moved to automation projects a year earlier were among the hardest hit',
      'Recruiters at {company} kept posting new roles in the same departments during the week of the cuts',
      "In a town hall, {ceoLast} said the company had to become 'leaner and faster' to keep up with rivals",
    ],
    questions: [
      'Will {company} rehire into the roles it cut once its automation projects mature?',
      'Were the work records of affected employees used to train the tools that replaced them?',
      'Does the promise of no further cuts this year hold for the teams moved to automation projects?',
    ],
    timeline: ['{company} announces {amount} in cuts', 'Affected employees at {company} receive notices', '{company} reports quarterly results'],
    sourceTitles: ['{company} to cut {amount} in restructuring', '{company} memo frames layoffs as necessary', 'Inside the week {company} cut {amount}'],
    quotes: {
      ceo: ['a difficult but necessary step', 'we are building a leaner company'],
      memo: ["success isn't a given", 'no further company-wide cuts are planned this year'],
      regulator: ['we are reviewing whether notice rules were followed'],
      group: ['profits up, people out', 'a betrayal of the people who built the company'],
      analyst: ['the market rewarded the cuts within minutes', 'automation savings are being booked before they exist'],
    },
    tensions: [
      'Record revenue vs. the scale of the cuts: {company} reported growth in the same week it cut {amount}',
      "{ceoLast}'s promise of stability ('{qMemo}') vs. the continued shift of roles to automation: the assurance covers this year only",
    ],
  },
  {
    slug: 'recall',
    noun: 'the recall',
    affected: 'owners',
    amount: (r) => `${thousands(r.int(8, 400) * 1000)} units`,
    regulators: ['Consumer Product Safety Bureau', 'Federal Transport Safety Agency'],
    titles: ['{company} Recalls {amount} Over Safety Defect', "{company}'s Recall and the Warnings It Missed"],
    what: [
      '{company} recalled {amount} of its {product} after reports of overheating',
      'Engineers had raised concerns about the defect in internal reviews months before the recall, according to {outlet}',
      'Retailers pulled the {product} from shelves before the formal recall was announced',
    ],
    why: [
      'Product recalls show how long a company can treat a safety defect as a customer-service problem',
      'The case will shape how regulators weigh internal test data against customer complaints',
    ],
    narrative: [
      'The first customer complaints about the {product} reached the support team at {company} in the spring',
      "An internal test report described the failure rate as 'within tolerance' even as complaints grew",
      '{company} initially offered software updates rather than replacements',
      'Repair shops reported the same fault in units from several production batches',
    ],
    questions: [
      'When did {company} first learn that the defect could cause injuries?',
      'Will {affected} who paid for repairs before the recall be reimbursed?',
      'Why did the internal test report call the failure rate acceptable?',
    ],
    timeline: ['First customer complaints about the {product} reach {company}', '{company} announces a recall of {amount}', 'Retailers pull the {product} from shelves'],
    sourceTitles: ['{company} recalls {amount} over overheating risk', 'Internal tests flagged defect months before recall', 'Recall notice for the {company} {product}'],
    quotes: {
      ceo: ['safety has always been our first priority', 'out of an abundance of caution'],
      memo: ['we cannot afford a full replacement program'],
      regulator: ['the recall came later than it should have'],
      group: ['owners deserved a warning months ago'],
      analyst: ['the recall will weigh on margins for two quarters'],
    },
    tensions: [
      "Internal test results ('within tolerance') vs. the rising number of customer complaints: the data the company trusted said one thing and its customers another",
      'A software fix vs. a full replacement: the cheaper remedy left {affected} with products they no longer trust',
    ],
  },
  {
    slug: 'ai-rollout',
    noun: 'the AI rollout',
    affected: 'users',
    amount: (r) => `${r.int(2, 90)} million users`,
    regulators: ['Office of the Privacy Commissioner', 'Digital Markets Authority'],
    titles: ["{company}'s AI Assistant and the Data It Was Trained On", '{company} Pauses AI Feature After User Backlash'],
    what: [
      '{company} switched on an AI assistant for {amount} that had been trained on customer support transcripts',
      'Users discovered that the assistant could repeat fragments of messages sent by other customers',
      '{company} paused the feature three days after launch while it reviewed the training pipeline',
    ],
    why: [
      'The episode shows how quickly customer data can end up inside a product when training pipelines are rushed',
      'Regulators have been looking for a test case on consent for AI training, and this may be it',
    ],
    narrative: [
      'Engineers at {company} had warned that the training data had not been fully anonymized',
      'Screenshots shared by users showed the assistant quoting account numbers',
      'The rollout had been brought forward by two months to beat a competing launch',
      "A product manager wrote in a leaked chat log that the team would 'ship it and fix it in flight'",
    ],
    questions: [
      'Did {company} ask users for consent before training the assistant on their support transcripts?',
      'How much of the training data has been deleted since the feature was paused?',
      'Who decided to bring the launch forward?',
    ],
    timeline: ['{company} launches its AI assistant', 'Users post screenshots of the assistant repeating private details', '{company} pauses the AI feature'],
    sourceTitles: ['{company} pauses AI assistant after privacy complaints', 'The data behind the new {company} assistant', 'Introducing the {company} assistant'],
    quotes: {
      ceo: ['a small number of edge cases', 'we paused the moment we understood the problem'],
      memo: ['speed matters more than polish this quarter'],
      regulator: ['consent cannot be assumed'],
      group: ['users became training data without being asked'],
      analyst: ['the race to launch beat the review process'],
    },
    tensions: [
      "The description of the errors as 'a small number of edge cases' vs. the screenshots users posted: the company called isolated what users found repeatable",
      'Launch speed vs. privacy review: the two months saved came out of the anonymization work',
    ],
  },
  {
    slug: 'merger-review',
    noun: 'the merger',
    affected: 'customers',
    amount: (r) => `$${r.int(2, 60)}.${r.int(0, 9)} billion`,
    regulators: ['Competition and Markets Board', 'Digital Markets Authority'],
    titles: ["{company}'s {amount} Deal and the Competition Review", "Regulators Weigh {company}'s {amount} Acquisition"],
    what: [
      '{company} agreed to buy a smaller rival for {amount}, a deal that would give it the largest share of its market',
      '{regulator} opened an in-depth review of the deal',
      'The two companies together would serve more than half of the market',
    ],
    why: [
      'The review is the first big test of the tougher merger guidelines adopted last year',
      'If the deal goes through, {affected} in the sector will have one fewer supplier to choose from',
    ],
    narrative: [
      "Documents filed with the review show that {company} described the rival as its 'most dangerous competitor' in internal planning",
      '{company} offered to sell one business unit to win approval',
      'Several large customers have written to the regulator opposing the deal',
      'The rival had been growing twice as fast as {company} before the offer was made',
    ],
    questions: [
      'Will the divestment {company} offered be enough to satisfy {regulator}?',
      'How will prices change for existing {affected} if the deal is approved?',
      'Did {company} plan to shut down the products of the rival after the acquisition?',
    ],
    timeline: ['{company} announces a {amount} acquisition', '{regulator} opens an in-depth review', '{company} offers to sell a business unit'],
    sourceTitles: ['{company} to buy rival for {amount}', 'Regulator opens in-depth probe into {company} deal', 'Internal documents show how {company} saw its rival'],
    quotes: {
      ceo: ['a combination that will benefit customers', 'we expect approval within the year'],
      memo: ['take them off the board'],
      regulator: ['we will look closely at the effect on prices'],
      group: ['one fewer choice for every customer'],
      analyst: ['the divestment is too small to matter'],
    },
    tensions: [
      "{company}'s promise of better service vs. its internal goal of removing a competitor: the filings and the press release describe different deals",
      'Faster approval vs. a full review: the divestment offer was designed to cut the investigation short',
    ],
  },
  {
    slug: 'earnings-restatement',
    noun: 'the restatement',
    affected: 'shareholders',
    amount: (r) => `$${r.int(40, 900)} million`,
    regulators: ['Securities Oversight Commission', 'Financial Conduct Office'],
    titles: ['{company} Restates Earnings After {amount} Error', "{company}'s Accounting Error and the Auditors Who Missed It"],
    what: [
      '{company} said it would restate two years of results after finding {amount} in revenue booked too early',
      "The company's auditors had signed off on both years without qualification",
      '{company} shares fell {percent} on the day of the announcement',
    ],
    why: [
      'Restatements erode trust in every number a company has reported, not only the ones that were wrong',
      'The case raises questions about how closely auditors check revenue booked in the last days of a quarter',
    ],
    narrative: [
      'The error came to light when a new finance chief reviewed contracts signed at the end of each quarter',
      'Sales staff had been offered bonuses tied to contracts signed before the quarter closed, according to {outlet}',
      'The audit committee has hired an outside law firm to review how revenue was recognized',
      'Two senior sales executives left {company} in the month before the announcement',
    ],
    questions: [
      'Who at {company} approved booking the revenue early?',
      'Will the outside review lead to changes in the sales bonus scheme?',
      'Could the restatement trigger covenant problems with the lenders of {company}?',
    ],
    timeline: ['{company} announces it will restate two years of results', '{company} shares fall {percent}', 'The audit committee of {company} hires outside counsel'],
    sourceTitles: ['{company} to restate results after revenue error', 'How {company} booked revenue early', 'Auditors under scrutiny after {company} restatement'],
    quotes: {
      ceo: ['an error we take full responsibility for', 'our underlying business remains strong'],
      memo: ['hit the number, whatever it takes'],
      regulator: ['we are in contact with the company'],
      group: ['shareholders were misled for two years'],
      analyst: ['this is a control failure, not a rounding error'],
    },
    tensions: [
      "{company}'s account of an honest error vs. the bonus scheme that rewarded early bookings: the incentives pointed the way the error went",
      'Auditor sign-off vs. a restatement two years later: either the checks missed it or they were not designed to catch it',
    ],
  },
  {
    slug: 'strike',
    noun: 'the strike',
    affected: 'workers',
    amount: (r) => `${thousands(r.int(3, 90) * 100)} workers`,
    regulators: ['National Labor Relations Panel', 'State Employment Board'],
    titles: ['{amount} Walk Out at {company}', "{company}'s Strike and the Fight Over Scheduling Software"],
    what: [
      'About {amount} at {company} walked off the job over scheduling software that changes shifts with little notice',
      '{group} said the strike would continue until the company agreed to minimum notice periods',
      '{company} brought in temporary staff at several sites to keep operations running',
    ],
    why: [
      'The strike is one of the first large disputes over algorithmic scheduling',
      'Its outcome will shape whether workers get a say in how automated management tools are configured',
    ],
    narrative: [
      'The dispute began when {company} rolled out software that assigns shifts automatically',
      'Workers said the system cut hours for anyone who declined a last-minute shift',
      'Talks broke down after the company refused to publish how the software assigns shifts',
      "Picket signs at the main depot read 'no notice, no shift'",
    ],
    questions: [
      'Will {company} agree to publish the rules its scheduling software follows?',
      'How many temporary staff has {company} brought in since the strike began?',
      'Could the dispute spread to other sites run by {company}?',
    ],
    timeline: ['Workers at {company} walk off the job', '{company} brings in temporary staff', 'Talks between {company} and {group} break down'],
    sourceTitles: ['{amount} strike at {company} over scheduling software', 'Why {company} workers walked out', 'Scheduling by algorithm: the dispute at {company}'],
    quotes: {
      ceo: ['the system is fair and transparent', 'our door remains open'],
      memo: ['hold the line on the software'],
      regulator: ['both sides should return to talks'],
      group: ['workers are not inputs to an algorithm'],
      analyst: ['the strike costs more each day than the software ever saved'],
    },
    tensions: [
      "{company}'s description of the software as fair vs. the accounts of workers who lost hours: neither side has published the data",
      'Operational efficiency vs. predictable schedules: the software optimizes for one at the cost of the other',
    ],
  },
  {
    slug: 'outage',
    noun: 'the outage',
    affected: 'customers',
    amount: (r) => `${r.int(1, 40)} million customers`,
    regulators: ['Digital Infrastructure Authority', 'Communications Standards Office'],
    titles: ['{company} Outage Leaves {amount} Offline', 'The {company} Outage and the Update Behind It'],
    what: [
      'A {hours}-hour outage at {company} left {amount} without service',
      '{company} traced the failure to a configuration update that was pushed to every region at once',
      'Emergency services lines were among those affected in several regions',
    ],
    why: [
      'The outage shows how much essential communication now depends on a handful of providers',
      'A single unstaged update should not be able to take down a national network',
    ],
    narrative: [
      'The update skipped the staged rollout that {company} normally uses for network changes',
      'Engineers restored service region by region over the course of the night',
      '{company} has offered affected {affected} a credit worth one week of service',
      'The change had been scheduled to fix a minor billing issue',
    ],
    questions: [
      'Why did the update skip the staged rollout?',
      'Will {company} compensate business {affected} for lost revenue?',
      'Were emergency calls dropped during the outage, and how many?',
    ],
    timeline: ['{company} pushes a configuration update', 'Service fails across all regions', '{company} restores service'],
    sourceTitles: ['{company} outage leaves {amount} offline', 'The update that took down {company}', 'Service incident report: {hours} hours offline'],
    quotes: {
      ceo: ['we let our customers down', 'a rare combination of failures'],
      memo: ['nobody ships to all regions at once again'],
      regulator: ['we will examine the resilience of the network'],
      group: ['an essential service cannot fail like this'],
      analyst: ['the process failed before the software did'],
    },
    tensions: [
      "The account of 'a rare combination of failures' vs. the skipped staged rollout: the process existed but was not followed",
      'Speed of deployment vs. resilience: the update was rushed out to fix a minor billing issue',
    ],
  },
];

// Templates that quote someone ({qRegulator}, …) or name a reporter only fit stories in which that
// person or body is an actor; the others fit any story of any topic.
const GENERIC = {
  what: [
    "In a public statement on {noun}, {ceo} said: '{QCeo}'",
    "In an internal memo, {ceoLast} told staff: '{QMemo}'",
    "{regulator} called {noun} '{qRegulator}'",
  ],
  why: [
    'The way {company} handled {noun} will be read as a signal by every company facing a similar decision',
    'For {affected}, the gap between what {company} said in public and what it said internally is the real story',
  ],
  narrative: [
    "'{QCeo},' {ceoLast} told reporters after {noun} became public",
    "A leaked recording shows {ceoLast} telling managers: '{QMemo}'",
    "{group} said the handling of {noun} was '{qGroup}'",
    "{analyst} wrote that '{qAnalyst}'",
    "{reporter} of {outlet} reported that staff had raised concerns about {noun} internally",
    '{company} shares fell {percent} in the days after {noun} became public',
    'Lawmakers have asked {company} to explain its handling of {noun} at a hearing',
    '{company} has hired an outside firm to review its response',
    'Competitors have so far declined to comment on {noun}',
    'Former employees told {outlet} that similar problems had been raised before',
    "{regulator} said it was treating {noun} as '{qRegulator}'",
  ],
  questions: [
    'Will {regulator} take enforcement action against {company}?',
    'What did the board of {company} know, and when?',
    'Will {company} publish the findings of its outside review?',
    'How many {affected} are affected beyond the figure {company} has confirmed?',
  ],
  timeline: [
    '{regulator} opens an inquiry into {company}',
    '{outlet} publishes internal documents about {noun}',
    '{ceo} addresses staff in an internal memo',
    '{company} shares fall {percent} in early trading',
    '{group} calls for an independent review',
    'Lawmakers ask {company} for a briefing',
    '{company} hires an outside firm to review its response',
  ],
  sourceTitles: ['What we know about {noun} at {company}', '{company} under pressure over {noun}', 'Analysis: the questions {company} still has to answer'],
  socialTitles: ['Thread: what the {company} filings actually say', 'Quick take on {noun} at {company}', 'A few numbers on {noun}'],
  statementTitles: ['Statement from {company} on {noun}', 'An update for our {affected}'],
  tensions: [
    "{ceoLast}'s public framing ('{qCeo}') vs. the internal memo ('{qMemo}'): the company offered two accounts of the same decisions",
    'Shareholder returns vs. the interests of {affected}: the decisions that protected the share price shifted costs onto others',
    "{company}'s account of {noun} vs. the early findings of {regulator}: the two disagree on when the problem was known",
  ],
  stances: {
    ceo: [
      'Maintains that {company} acted responsibly and that {noun} is being handled with care.',
      'Frames {noun} as a difficult but necessary part of keeping {company} competitive.',
    ],
    company: ['Characterizes {noun} as contained and under review, and points to the steps already taken.'],
    staff: ['Raised concerns about {noun} internally well before it became public.'],
    outlet: [
      'Investigative: argues that {company} knew more, and earlier, than it has said in public.',
      'Critical and analytical: treats {noun} as a test of how far {company} will go to protect its reputation.',
    ],
    regulator: ['Regulatory: has opened an inquiry into whether {company} met its obligations.'],
    group: ['Advocacy: demands compensation for {affected} and an independent review of {noun}.'],
    analyst: ['Market-focused: expects {noun} to weigh on results at {company} but doubts it will change its strategy.'],
  },
  evolutions: [
    'Consistent since the first statement.',
    'Hardened after internal documents were published.',
    'Softened after {regulator} opened its inquiry.',
    'New to the story in this version.',
    'Unchanged; no further comment since the initial statement.',
  ],
};

/** Quotes and names whose templates need that role among the story's actors. */
const ROLE_PLACEHOLDERS = { regulator: '{qRegulator}', group: '{qGroup}', analyst: '{qAnalyst}', reporter: '{reporter}' } as const;
type Role = keyof typeof ROLE_PLACEHOLDERS;

function fill(template: string, values: Fill): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`no value for {${key}} in "${template}"`);
    return value;
  });
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const surname = (name: string) => name.split(' ').pop() ?? name;

const DAY_MS = 86_400_000;
/** Stories happen between 2024-01-01 and the end of 2026. */
const FIRST_DAY = Date.UTC(2024, 0, 1);
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Hands out `[n]` markers so that every source is cited somewhere before any is cited twice. */
class Citer {
  private readonly uncited: number[];

  constructor(
    private readonly random: Random,
    private readonly count: number,
  ) {
    this.uncited = random.sample(Array.from({ length: count }, (_, i) => i + 1), count);
  }

  markers(): string {
    const first = this.uncited.pop() ?? this.random.int(1, this.count);
    const second = this.random.chance(0.3) ? this.random.int(1, this.count) : first;
    return second === first ? `[${first}]` : `[${first}][${second}]`;
  }
}

/** Draws templates without repeating one, so no section holds the same line twice. */
class TemplateBag {
  private readonly used = new Set<string>();

  constructor(
    private readonly random: Random,
    private readonly present: ReadonlySet<Role>,
  ) {}

  private fits(template: string): boolean {
    if (this.used.has(template)) return false;
    return (Object.keys(ROLE_PLACEHOLDERS) as Role[]).every((role) => this.present.has(role) || !template.includes(ROLE_PLACEHOLDERS[role]));
  }

  draw(templates: readonly string[], n: number): string[] {
    const drawn = this.random.sample(templates.filter((t) => this.fits(t)), n);
    for (const template of drawn) this.used.add(template);
    return drawn;
  }
}

interface Perspective {
  label: string;
  stance: string;
  role?: Role;
}

/** A story document for `index` in the corpus of `seed`: the same pair always gives the same text. */
export function generateStoryDocument(index: number, seed: number): GeneratedStoryDocument {
  const random = new Random(mix(mix(seed) ^ Math.imul(index + 1, 0x9e3779b1)));
  const topic = random.pick(TOPICS);
  const company = random.pick(COMPANIES);
  const group = random.pick(GROUPS);
  const regulator = random.pick(topic.regulators);

  const sourceCount = random.int(3, 8);
  const statement = random.chance(0.5);
  const outlets = random.sample(OUTLETS, random.int(1, Math.min(4, sourceCount - (statement ? 1 : 0))));
  const accounts = random.sample(ACCOUNTS, random.int(0, Math.min(2, sourceCount - outlets.length - (statement ? 1 : 0))));
  const outlet = outlets[0] as Outlet;
  const reporter = random.pick(outlet.reporters);
  const analyst = accounts[0]?.person ?? random.pick(ACCOUNTS).person;

  const quote = (pool: readonly string[]) => random.pick(pool);
  const qCeo = quote(topic.quotes.ceo);
  const qMemo = quote(topic.quotes.memo);
  const values: Fill = {
    company: company.name,
    ceo: company.ceo,
    ceoLast: surname(company.ceo),
    product: company.product,
    regulator,
    group,
    outlet: outlet.name,
    reporter,
    analyst,
    noun: topic.noun,
    affected: topic.affected,
    amount: topic.amount(random),
    percent: `${random.int(3, 19)}%`,
    hours: String(random.int(4, 30)),
    qCeo,
    QCeo: capitalize(qCeo),
    qMemo,
    QMemo: capitalize(qMemo),
    qRegulator: quote(topic.quotes.regulator),
    qGroup: quote(topic.quotes.group),
    qAnalyst: quote(topic.quotes.analyst),
  };
  const text = (template: string) => fill(template, values);

  // The four kinds of perspective name line: Person / Organization (channel), Organization (channel),
  // Outlet (Author), and a bare name.
  const candidates: Perspective[] = [
    { label: `{ceo} / {company} (${random.pick(['public', 'internal'])})`, stance: random.pick(GENERIC.stances.ceo) },
    { label: `{company} (${random.pick(['official', 'public / official communications', 'internal'])})`, stance: random.pick(GENERIC.stances.company) },
    { label: '{company} staff (leaked)', stance: random.pick(GENERIC.stances.staff) },
    { label: '{outlet} ({reporter})', stance: random.pick(GENERIC.stances.outlet), role: 'reporter' },
    { label: '{regulator}', stance: random.pick(GENERIC.stances.regulator), role: 'regulator' },
    { label: random.chance(0.5) ? '{group}' : '{group} (public)', stance: random.pick(GENERIC.stances.group), role: 'group' },
    { label: '{analyst}', stance: random.pick(GENERIC.stances.analyst), role: 'analyst' },
  ];
  const [ceoPerspective, ...others] = candidates;
  const perspectiveCount = random.int(2, 5);
  const perspectives =
    ceoPerspective && random.chance(0.85)
      ? [ceoPerspective, ...random.sample(others, perspectiveCount - 1)]
      : random.sample(others, perspectiveCount);
  const present = new Set<Role>(perspectives.flatMap((p) => (p.role ? [p.role] : [])));
  if (accounts.length > 0) present.add('analyst');
  const bag = new TemplateBag(random, present);
  const citer = new Citer(random, sourceCount);

  const sentence = (template: string, cited = true) => (cited ? `${text(template)} ${citer.markers()}.` : `${text(template)}.`);
  const [lead = '', ...moreWhat] = topic.what;
  const whatLine = [lead, ...bag.draw([...moreWhat, ...GENERIC.what], random.int(1, 3))].map((t) => sentence(t)).join(' ');
  const whyTemplates = bag.draw([...topic.why, ...GENERIC.why], random.int(1, 2));
  const whyLine = whyTemplates.map((t, i) => sentence(t, i === whyTemplates.length - 1 || random.chance(0.5))).join(' ');
  const questionLines = bag.draw([...topic.questions, ...GENERIC.questions], random.int(2, 5)).map((t) => `${text(t)} ${citer.markers()}`);
  const narrativeTemplates = bag.draw([...topic.narrative, ...GENERIC.narrative], random.int(4, 10));
  const paragraphCount = Math.min(narrativeTemplates.length, random.int(2, 3));
  const paragraphs = Array.from({ length: paragraphCount }, (_, p) =>
    narrativeTemplates
      .filter((_, i) => i % paragraphCount === p)
      .map((t) => sentence(t, random.chance(0.9)))
      .join(' '),
  );

  // Dates: the story runs over up to six weeks; the header's update comes after everything in it.
  const start = FIRST_DAY + random.int(0, 1000) * DAY_MS;
  const day = (offset: number) => isoDate(start + offset * DAY_MS);
  const [firstEvent = '', ...laterEvents] = topic.timeline;
  const eventTemplates = [firstEvent, ...bag.draw([...laterEvents, ...GENERIC.timeline], random.int(2, 7))];
  const eventOffsets = eventTemplates.map(() => random.int(0, 40)).sort((a, b) => a - b);
  const timelineLines = eventTemplates.map((t, i) => `- ${day(eventOffsets[i] ?? 0)}: ${text(t)}. ${citer.markers()}`);

  const perspectiveLines = perspectives.flatMap((p) => {
    const stance = random.chance(0.2) ? `${text(p.stance)} ${citer.markers()}` : text(p.stance);
    const evolution = random.chance(0.7) ? [`Evolution: ${text(random.pick(GENERIC.evolutions))}`] : [];
    return [text(p.label), stance, ...evolution];
  });
  // Sides may carry their own citations, as in "A [1] vs. B [3]: why"; else the line's cover both.
  const tensionLines = bag.draw([...topic.tensions, ...GENERIC.tensions], random.int(1, 3)).map((t) => {
    const [sides = '', explanation = ''] = text(t).split(': ');
    const [sideA = '', sideB = ''] = sides.split(' vs. ');
    if (!random.chance(0.4)) return `- ${sides}: ${explanation} ${citer.markers()}`;
    return `- ${sideA} ${citer.markers()} vs. ${sideB} ${citer.markers()}: ${explanation}`;
  });

  const publishers = [
    ...(statement ? [{ name: company.name, titles: GENERIC.statementTitles }] : []),
    ...outlets.map((o) => ({ name: o.name, titles: [...topic.sourceTitles, ...GENERIC.sourceTitles] })),
    ...accounts.map((a) => ({ name: `${a.person} ${a.platform}`, titles: GENERIC.socialTitles })),
  ];
  const sourceOffsets = Array.from({ length: sourceCount }, () => random.int(0, 42)).sort((a, b) => a - b);
  const sourceLines = sourceOffsets.map((offset, i) => {
    // Every publisher gets a source first; further sources come from the same publishers again.
    const publisher = publishers[i] ?? random.pick(publishers);
    return `- [${i + 1}] ${text(random.pick(publisher.titles))} — ${publisher.name} (${day(offset)})`;
  });

  const lastDay = Math.max(...eventOffsets, ...sourceOffsets);
  const updated = `${day(lastDay + random.int(0, 2))} ${String(random.int(0, 23)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
  const title = text(random.pick(topic.titles));
  const lines = [
    `${title} · history`,
    'Version 1',
    `${updated} UTC · ${sourceCount} items`,
    'What',
    whatLine,
    'Why it matters',
    whyLine,
    'Open questions',
    ...questionLines,
    'Narrative',
    ...paragraphs,
    'Timeline',
    ...timelineLines,
    'Perspectives',
    ...perspectiveLines,
    'Tensions',
    ...tensionLines,
    'Sources',
    ...sourceLines,
  ];
  const slug = `${slugKey(company.name)}-${topic.slug}-s${seed}-${String(index).padStart(5, '0')}`;
  return { fileName: `${slug}.v1.txt`, text: `${lines.join('\n')}\n` };
}
