/**
 * The allowed values the content format and the open data share, named once so the
 * two cannot drift apart.
 */
import { z } from 'zod';

export const bodyKind = z.enum(['joint-committee', 'board', 'cabinet', 'committee', 'sub-committee', 'advisory']);
export const bodyDecides = z.enum(['delegated', 'advisory']);
export const votingRule = z.enum(['consensus', 'majority']);
export const castingVote = z.enum(['chair', 'none']);
export const clearDayCount = z.enum(['calendar', 'working']);
export const budgetStatus = z.enum(['plan', 'revised', 'outturn']);
export const urgencyKind = z.enum(['general-exception', 'special-urgency']);
export const callInOutcome = z.enum(['no-further-action', 'referred-back', 'referred-to-council', 'withdrawn']);
export const decisionOutcome = z.enum(['approved', 'rejected', 'deferred', 'noted', 'recommended']);
export const voteMethod = z.enum(['consensus', 'show-of-hands', 'recorded', 'majority']);
export const forwardPlanKind = z.enum(['key-decision', 'private-meeting']);
export const meetingStatus = z.enum(['scheduled', 'held', 'cancelled', 'postponed']);
export const attendanceStatus = z.enum(['present', 'apologies', 'absent', 'substitute']);
export const personKind = z.enum(['member', 'officer']);
