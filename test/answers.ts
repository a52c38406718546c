/**
 * A secondary supplier's complete answers to the shipped questionnaire, for
 * non-interactive assessments in tests: the plan has several plays.
 * Scenarios spread it and override what matters.
 */
export const SECONDARY_SUPPLIER_ANSWERS: Readonly<Record<string, unknown>> = {
  supplierPosition: 'secondary',
  shareOfWallet: 20,
  purchaseCriteria: 'both-fit',
  buyingDriver: 'engineering',
  shiftSigns: [],
  newApplications: false,
  triggers: [],
  internalConflict: false,
  userDeptIssues: false,
  newDemandIdea: false,
  differentiatedOffer: false,
  personalNeedsUnmet: false,
  bondsCovered: ['org-interest'],
  personalCare: ['holiday-greetings'],
  openComplaints: 0,
  problems: [],
  serviceLevel: [],
  priceVsMarket: 'below',
  meetingCadence: 'ad-hoc',
  executiveChannel: false,
  toldAboutChanges: true,
  customerFile: true,
  repurchaseIntent: 'yes',
  wouldRecommend: 'unsure',
  rivalRebates: false,
  structuralChange: [],
  postDeliveryDrop: false,
  targetLevel: 'preferred-supplier',
};
