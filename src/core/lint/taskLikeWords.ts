// The vocabulary of the `kr-task-like` classifier. Verbs are lemmas (the classifier strips -s, -ed,
// -ing and a re-/co- prefix before looking them up); nouns are singular (it strips plurals).

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** Verbs that name a change in a measure: a KR that opens with one states an outcome (maybe a vague one). */
export const OUTCOME_VERBS = words(`
  increase decrease reduce raise cut grow keep maintain reach achieve improve boost lower drop double
  triple quadruple halve lift expand shrink hit attain sustain accelerate shorten minimize minimise
  maximize maximise eliminate exceed surpass generate earn win acquire retain convert become stay
  remain limit cap contain save recover speed optimize optimise enhance streamline strengthen rank
  outperform beat lengthen extend decline slash trim elevate deepen widen stabilize stabilise obtain
  gain attract secure
`);

/** Verbs that name an activity: a KR that opens with one describes work unless it also carries a measure. */
export const TASK_VERBS = words(`
  send prepare hold launch ship build write create implement migrate organize organise run publish
  deploy set hire conduct document deliver design release submit host attend complete finish introduce
  roll develop draft produce plan schedule arrange establish define start begin kick add integrate
  install configure update upgrade refactor redesign revamp rebuild replace fix test review audit
  analyze analyse research investigate evaluate assess train present share post record film shoot print
  translate localize localise automate enable move transition consolidate standardize standardise
  finalize finalise approve negotiate interview survey call email contact meet visit identify select
  choose purchase buy procure put stand spin clean coordinate facilitate announce communicate
  distribute compile gather outline prototype pilot verify apply file register renew do provide offer
  give perform execute participate join sponsor collect modernize modernise centralize centralise
  unify digitize digitise adopt craft compose edit architect redo remove delete deprecate sunset
  decommission archive retire rename restructure reorganize reorganise educate measure track monitor
  report refresh revise overhaul open brainstorm workshop map wire rewrite hand draw sketch invite
  recruit onboard mentor coach
`);

/** Phrasal verbs whose particle turns an outcome verb into an activity ("reach out to …"). */
export const TASK_PHRASES = words(`reach:out follow:up check:in keep:track double:down`);

/** Words before the verb that do not change what the sentence is ("Successfully launch …"). */
export const LEADING_FILLERS = words(`
  we will we'll to i our team successfully fully finally formally officially jointly collaboratively
  quickly further continuously proactively regularly also first then actively effectively properly
  completely consistently
`);

/** Things a team produces: naming one, with no measure, describes an output rather than an outcome. */
export const ARTIFACT_NOUNS = words(`
  video email newsletter survey questionnaire poll document doc documentation deck slide presentation
  meeting review workshop webinar event conference offsite session training course module feature
  page website site blog post article whitepaper ebook study report plan roadmap policy process
  procedure playbook runbook guide handbook manual checklist template framework strategy proposal
  spec specification rfc design mockup wireframe prototype mvp poc demo pilot campaign release version
  app application tool dashboard pipeline integration api endpoint sdk script database migration audit
  assessment analysis research interview test experiment program programme initiative project
  hackathon retrospective retro standup sync all-hands contract agreement partnership rfp budget
  faq wiki podcast infographic announcement brochure catalog catalogue form calendar schedule
  chatbot bot library component repository repo server cluster environment backup sequence flow
  portal help-center lease macro card battle-card ladder rotation
`);

/** States that say an output exists ("… live", "… published"), which is still an output. */
export const COMPLETION_STATES = words(`
  live launched shipped published released deployed delivered done completed finished finalized
  finalised approved signed sent submitted held hosted implemented built created written available
  ready
`);

/** Nouns of a task after an outcome verb: "Achieve sign-off on …" is still a task. */
export const TASK_NOMINALS = words(`
  completion launch delivery release rollout roll-out implementation go-live sign-off signoff approval
  publication deployment migration kickoff kick-off
`);

/**
 * Things whose count is an outcome: "Sign 15 new customers" measures, "Publish 12 posts" does not.
 * Problems (bugs, tickets) are left out: "Fix 10 bugs" counts work items.
 */
const OUTCOME_NOUNS = words(`
  customer user account client subscriber follower member visitor visit lead mql sql opportunity deal
  signup sign-up trial download install registration order booking purchase transaction renewal
  referral rating sale logo partner seat license licence unit applicant attendee participant
  player reader viewer listener shopper buyer donor student learner company
`);

/**
 * Who a count can be about when it is a result: people and organisations outside the team. A task
 * verb counting anything else ("Publish 5 posts", "Hire 2 engineers") sets a quota of effort.
 */
export const OUTSIDE_PARTIES = new Set([...OUTCOME_NOUNS, ...words(`
  people person developer company organisation organization business team-customer
  mention review publication citation star fork view impression reach
`)]);

/** The team itself: a share or a growth of these counts effort ("100% of the team completes training"). */
export const TEAM_NOUNS = words(`
  team teammate engineer employee staff headcount member-of-staff manager hire recruit salesperson
  salespeople
`);

/** Verbs that describe what a product is or does: with no measure, such a title names an output. */
export const STATE_VERBS = words(`
  is are be has have supports support runs run exists exist can uses used ensures ensure works work
  handles handle provides offers enabled available integrates interoperates interoperable
`);

/** Words that name a measure, so a number near them is a value ("NPS of 50", "uptime 99.9"). */
export const METRIC_NOUNS = words(`
  rate score nps enps csat arr mrr revenue margin cost churn retention conversion uptime availability
  latency coverage accuracy satisfaction engagement ratio share attainment frequency velocity
  throughput time
`);
