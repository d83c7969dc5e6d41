// `kr-task-like`: a key result that reads like a task or an output rather than a measurable outcome.
// A small, explainable classifier over the title and the structured fields, in this order:
//  1. the fields decide when they can: a declared milestone, or a numeric target to measure against;
//  2. a measure in the title (%, from–to, a threshold, a unit, money, a count of customers…) means
//     an outcome, whatever the verb;
//  3. otherwise the leading verb decides: an outcome verb (increase, keep…) or a task verb (send,
//     prepare, launch…);
//  4. otherwise naming an output (video, policy, page…) or a done-state (live, published) means a task;
//  5. otherwise a title with no measure and no outcome verb is not yet a key result: a state of the
//     product ("X supports Y"), a bare noun phrase ("Dark mode for the dashboard") or a directive with no figure.
// Structural cues stop a number from passing a title on its own: a count of the team's own work
// after a task verb ("Publish 5 posts", "Automate 75% of tests") or a share of the team itself
// ("100% of the team completes training") is a quota of effort, unless a time limit or a rate
// makes it a service level ("within 2 days", "5 times per week").
import type { Direction } from '../format/model';
import type { Finding } from '../types';
import { eachKeyResult, FileContext, finding, krData, krLabel, valueRange } from './context';
import { hasQuantity, numberMentions } from './numbers';
import {
  ARTIFACT_NOUNS,
  COMPLETION_STATES,
  LEADING_FILLERS,
  METRIC_NOUNS,
  OUTCOME_VERBS,
  OUTSIDE_PARTIES,
  STATE_VERBS,
  TASK_NOMINALS,
  TEAM_NOUNS,
  TASK_PHRASES,
  TASK_VERBS,
} from './taskLikeWords';

export interface TaskLikeInput {
  title: string;
  type?: 'metric' | 'milestone';
  baseline?: number;
  target?: number;
  direction?: Direction;
}

export interface TaskLikeVerdict {
  taskLike: boolean;
  /** Why, in words that can follow "reads like a task, not an outcome:". */
  reason: string;
}

interface LeadingVerb {
  word: string;
  kind: 'outcome' | 'task';
  /** Index of the token after the verb (and its particle). */
  next: number;
}

/** Verbs whose count of people is a count of contacts made or people taken in (work), not of customers won. */
const CONTACT_VERBS = new Set(['hire', 'recruit', 'interview', 'survey', 'call', 'email', 'contact', 'meet', 'visit', 'train', 'invite', 'poll', 'educate', 'mentor', 'coach']);
const ARTICLES = new Set(['a', 'an', 'the', 'our', 'its', 'their']);
const PREPOSITIONS = new Set(['of', 'on', 'for', 'by', 'with', 'in', 'at', 'to', 'before', 'from']);
const PHRASE_ENDS = new Set([...PREPOSITIONS, 'and', 'or', 'per', 'across', 'who', 'that', 'each', 'every', 'a', 'an', 'the']);
const VAGUE_WORD =
  /\b(improv\w*|better|more|optimi[sz]\w*|faster|quicker|enhanc\w*|increas\w*|decreas\w*|boost\w*|grow\w*|reduc\w*|rais\w*|lower\w*|higher|fewer|less|streamlin\w*|strengthen\w*|maximi[sz]\w*|minimi[sz]\w*|accelerat\w*|stronger|easier|smoother|cut)\b/i;
const DEADLINES =
  /\b(?:within|in|over|during|for|after|before|every|each|per|by)\s+(?:the\s+)?(?:next\s+|first\s+|last\s+|coming\s+)?(?:\d+\s+|one\s+|two\s+|three\s+|six\s+|twelve\s+)?(?:weeks?|months?|quarters?|years?|sprints?)\b/gi;
const THRESHOLD_BEFORE =
  /(?:\bat least|\bat most|\babove|\bbelow|\bunder|\bover|\bmore than|\bless than|\bfewer than|\bgreater than|\bhigher than|\blower than|\bup to|\bwithin|\bexceed(?:s|ing)?|\bbeyond|>=?|<=?|≥|≤)\s+$/i;
const THRESHOLD_AFTER = /^\s*(?:\+|or (?:more|higher|above|better|greater|less|lower|below|fewer|faster|over|under)\b)/i;
const TIME_OR_SCALE_UNIT = /^\s*(?:ms|milli ?seconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|points?|pts|stars?|times|percent|per cent|percentage points?)\b/i;
const MONEY_WORD = /^\s*(?:dollars|usd|eur|euros|pounds|gbp)\b/i;
const STRONG_SUFFIX = /(?:%|ms|s|h|x|×|pp|pts?|mins?|hrs?|[kmgtp]b)$/i;
const MULTIPLES = /\b(?:zero|(?:doubl|tripl|quadrupl|halv)(?:e|es|ed|ing)(?!\s+down\b)|(?:in|by) (?:a |one )?(?:half|third|quarter))\b|\b\d+-fold\b/i;
/** "No tier-1 customer is blocked", "always finds", "without a crash": an absolute threshold. */
const ABSOLUTE = /^(?:no|zero)\s|\b(?:always|never|without (?:a |any )?(?:failure|crash|error|outage|downtime|incident)s?)\b/i;
/** "Every X within 2 days", "make every new hire productive in their first week": a service level. */
const EVERY_CASE = /\b(?:every|all|each)\b/i;
const TIME_BOUND = /\b(?:within|in|under)\s+(?:[\w-]+\s+){0,2}(?:hours?|days?|weeks?|sprints?|months?|iterations?|releases?)\b/i;
/** A count per period is a rate: "10 SAOs per month", "5 deploys a week". */
const RATE = /\d[\w\s-]{0,30}?(?:\bper|\ba|\ban|\beach|\/)\s*(?:day|week|sprint|month|quarter|year)\b/i;

export function assessTaskLike(kr: TaskLikeInput): TaskLikeVerdict {
  if (kr.type === 'milestone') return { taskLike: false, reason: 'it is declared `type: milestone`' };
  if (kr.target !== undefined && (kr.baseline !== undefined || kr.direction === 'at_least' || kr.direction === 'at_most')) {
    return { taskLike: false, reason: 'it has a numeric target to measure against' };
  }
  const tokens = tokenize(kr.title);
  const lead = leadingVerb(tokens);
  const measure = measureIn(kr.title, lead);
  if (measure) {
    const quota = effortQuota(kr.title, lead);
    if (quota) return { taskLike: true, reason: quota };
    return { taskLike: false, reason: `it states ${measure}` };
  }
  if (lead?.kind === 'outcome') {
    const rest = tokens.slice(lead.next).filter((token) => !ARTICLES.has(token));
    const [object, afterObject] = rest;
    if (object && TEAM_NOUNS.has(object)) {
      return { taskLike: true, reason: `“${lead.word} ${object}” grows the team's own capacity, which is effort, not a result` };
    }
    // "Achieve sign-off on …" is a task; "Increase deployment frequency" measures the frequency.
    if (object && TASK_NOMINALS.has(object) && (afterObject === undefined || PREPOSITIONS.has(afterObject))) {
      return { taskLike: true, reason: `“${lead.word} ${object}” names a deliverable, and there is no measure` };
    }
    return { taskLike: false, reason: `it opens with “${lead.word}”, a change in a measure` };
  }
  if (lead?.kind === 'task') {
    return { taskLike: true, reason: `it opens with “${lead.word}”, an activity, and states no measure` };
  }
  const artifact = tokens.find((token) => ARTIFACT_NOUNS.has(singular(token)));
  if (artifact) return { taskLike: true, reason: `it names an output (“${artifact}”) and no measure` };
  const state = tokens.find((token) => COMPLETION_STATES.has(token));
  if (state) return { taskLike: true, reason: `it says something is “${state}”, which is an output, and states no measure` };
  const stateVerb = tokens.find((token) => STATE_VERBS.has(token));
  if (stateVerb) {
    return { taskLike: true, reason: `it describes what the product is or does (“${stateVerb}”) and states no measure of a result` };
  }
  const vague = vagueWordIn(kr.title);
  if (vague) return { taskLike: false, reason: `it promises a change (“${vague}”) without a figure, which kr-vague reports` };
  return { taskLike: true, reason: 'it states no measure: nothing in it can be counted or compared with a target' };
}

/**
 * The word that promises a change without a figure ("Improve alerting", "Achieve the volume target"):
 * a comparative or a leading outcome verb, when the title has no quantity.
 */
export function vagueWordIn(title: string): string | undefined {
  const word = VAGUE_WORD.exec(title)?.[1] ?? leadingOutcomeVerb(title);
  return word && !hasQuantity(title) ? word : undefined;
}

/** A leading verb that names a change in a measure ("Increase …"), if the title opens with one. */
function leadingOutcomeVerb(title: string): string | undefined {
  const lead = leadingVerb(tokenize(title));
  return lead?.kind === 'outcome' ? lead.word : undefined;
}

const TIME_LIMIT = /\b(?:within|in|under|per|a|an|each|every)\s+(?:\d+\s+|one\s+|two\s+|a\s+|an\s+)?(?:business\s+|working\s+)?(?:hours?|days?|weeks?|sprints?|months?|iterations?|releases?)\b|\/(?:hour|day|week|sprint|month|quarter|year)\b|\bon time\b/i;
const SHARE_OF = /(?:\d+(?:\.\d+)?\s?%|\b(?:all|every|each))\s+(?:of\s+)?(?:the\s+|our\s+)?([a-z-]+)/gi;

/**
 * Why a title whose number counts the team's own effort is still a task, or undefined when the number
 * measures a result: a task verb with a count or share of anything but outside parties ("Publish 5
 * posts", "Fix 50% of the asserts"), or a share of the team itself ("100% of the team completes
 * training"). A time limit or a rate turns either into a service level, which is a result.
 */
function effortQuota(title: string, lead: LeadingVerb | undefined): string | undefined {
  if (TIME_LIMIT.test(title) || /[$€£]|\bfrom\b.*\bto\b|\bby \d/i.test(title)) return undefined;
  for (const match of title.matchAll(SHARE_OF)) {
    const noun = singular(match[1].toLowerCase());
    // "70% of salespeople are at 70% of quota": a second figure is a level the team's work reaches.
    if ((TEAM_NOUNS.has(noun) || TEAM_NOUNS.has(match[1].toLowerCase())) && numberMentions(title).length < 2) {
      return `“${match[0].trim()}” counts the team's own people, so it measures effort, not a result`;
    }
  }
  if (lead?.kind !== 'task') return undefined;
  const counted = numberMentions(title).find((mention) => !/[x×]$/i.test(mention.text));
  if (!counted) return undefined;
  const countedThing = title.slice(counted.end).replace(/^\s*of\s+/i, ' ');
  if (countedNoun(countedThing) && !CONTACT_VERBS.has(lead.word)) return undefined;
  return `“${lead.word} ${counted.text.trim()} …” counts the team's own work, a quota of effort, not a result`;
}

export const taskLikeRule = (context: FileContext): Finding[] => {
  const findings: Finding[] = [];
  eachKeyResult(context.model, (objective, kr) => {
    const verdict = assessTaskLike(kr);
    if (!verdict.taskLike) return;
    const message =
      `${krLabel(kr)} reads like a task, not an outcome: ${verdict.reason}. A key result measures a change ` +
      '(e.g. “Raise demo-to-trial conversion from 10% to 15%”); move the task to `initiatives` and keep, ' +
      'as the key result, the number it should move.';
    findings.push(finding(context, 'kr-task-like', message, valueRange(kr.ranges, 'title', 'id'), krData(objective, kr)));
  });
  return findings;
};

/** Describes the measure the title states, if any: "a percentage", "a from–to change"… */
function measureIn(title: string, lead: LeadingVerb | undefined): string | undefined {
  if (RATE.test(title)) return 'a rate';
  if (EVERY_CASE.test(title) && TIME_BOUND.test(title)) return 'a time limit on every case';
  const text = title.replace(DEADLINES, (match) => ' '.repeat(match.length));
  if (MULTIPLES.test(text)) return 'a multiple or a zero';
  const absolute = ABSOLUTE.exec(text);
  if (absolute) return `an absolute threshold (“${absolute[0].trim()}”)`;
  const mentions = numberMentions(text);
  for (const [i, mention] of mentions.entries()) {
    const before = text.slice(0, mention.start);
    const after = text.slice(mention.end);
    if (mention.hasCurrency || MONEY_WORD.test(after)) return 'an amount of money';
    if ((mention.hasUnit && STRONG_SUFFIX.test(mention.text)) || TIME_OR_SCALE_UNIT.test(after)) {
      return `a quantity (${mention.text.trim()}${mention.hasUnit ? '' : after.match(TIME_OR_SCALE_UNIT)?.[0] ?? ''})`;
    }
    if (THRESHOLD_BEFORE.test(before) || THRESHOLD_AFTER.test(after)) return 'a threshold';
    if (/\bby\s+$/i.test(before)) return 'the size of a change';
    if (/\bfrom\s+$/i.test(before) && mentions.slice(i + 1).some((later) => /^(?:\s+[\w-]+){0,3}?\s+to\s+$/i.test(text.slice(mention.end, later.start)))) {
      return 'a from–to change';
    }
    const namedMeasure = /([a-z-]+)(?:\s+(?:of|at|to|is|=|:))?\s+$/i.exec(before)?.[1];
    if (namedMeasure && METRIC_NOUNS.has(namedMeasure.toLowerCase())) return `a value for ${namedMeasure}`;
    const phrase = after.replace(/^\s/, '').split(/\s{2,}/)[0];
    const counted = countedNoun(phrase);
    if (counted && !/\b(?:to|with|for|among|across|from)\s+$/i.test(before) && !CONTACT_VERBS.has(lead?.word ?? '')) {
      return `a count of ${counted}`;
    }
    // A title that is only a count ("1,000 new members") counts a result unless it counts outputs or staff.
    const head = countedHead(phrase);
    const words = phrase.toLowerCase().split(/[^a-z-]+/).slice(0, 4);
    const countsWork = words.some((word) => ARTIFACT_NOUNS.has(singular(word)) || TEAM_NOUNS.has(word) || TEAM_NOUNS.has(singular(word)));
    const isDuration = /^(?:hours?|days?|weeks?|months?|quarters?|years?)$/.test(words[0] ?? '');
    if (i === 0 && before.trim() === '' && head && !countsWork && !isDuration && !/\b(?:is|are|has|have|gets?|was|were)\b/i.test(phrase)) {
      return `a count of ${head}`;
    }
  }
  return undefined;
}

/** The outside party a number counts: the head of the phrase after it ("15 new enterprise customers"). */
function countedNoun(after: string): string | undefined {
  const head = countedHead(after);
  return head && OUTSIDE_PARTIES.has(singular(head)) ? head : undefined;
}

function countedHead(after: string): string | undefined {
  const phrase: string[] = [];
  for (const word of after.toLowerCase().match(/[a-z][a-z-]*/g) ?? []) {
    if (PHRASE_ENDS.has(word) || phrase.length === 4) break;
    phrase.push(word);
  }
  return phrase[phrase.length - 1];
}

function leadingVerb(tokens: string[]): LeadingVerb | undefined {
  let i = 0;
  while (i < tokens.length && LEADING_FILLERS.has(tokens[i])) i++;
  if (i >= tokens.length) return undefined;
  for (const lemma of lemmas(tokens[i])) {
    if (TASK_PHRASES.has(`${lemma}:${tokens[i + 1]}`)) return { word: `${lemma} ${tokens[i + 1]}`, kind: 'task', next: i + 2 };
    if (OUTCOME_VERBS.has(lemma)) return { word: lemma, kind: 'outcome', next: i + 1 };
    if (TASK_VERBS.has(lemma)) return { word: lemma, kind: 'task', next: i + 1 };
  }
  return undefined;
}

/** Candidate base forms of a verb, most likely first: `shipped` → ship, `relaunching` → launch. */
function lemmas(word: string): string[] {
  const forms = [word];
  const add = (stem: string) => stem.length > 1 && forms.push(stem, `${stem}e`, undouble(stem));
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  if (word.endsWith('ing')) add(word.slice(0, -3));
  if (word.endsWith('ed')) add(word.slice(0, -2));
  const prefix = /^(?:re-?|co-)(?=[a-z]{3})/.exec(word);
  const unprefixed = prefix ? lemmas(word.slice(prefix[0].length)) : [];
  return [...forms, ...unprefixed];
}

function undouble(stem: string): string {
  return /([bdgklmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function tokenize(title: string): string[] {
  return (title.toLowerCase().replace(/[“”‘’"`]/g, ' ').match(/[a-z0-9][a-z0-9'-]*/g) ?? []).map((token) =>
    token.replace(/'s$/, '').replace(/^'+|'+$/g, ''),
  );
}
