/** The exercises (issue 17, `view=quiz`): seeded questions answered from the Plan, and their grading. Pure. */
export * from './quizTypes';
export { quizQuestions } from './quizQuestions';
export { gradeAnswer } from './gradeAnswer';
export { KIND_OPERATIONS, quizPairs } from './quizConfigs';
export { configWords } from './quizWords';
