// Links from the work to the OKRs: references in code comments, branch names, and the index of both.
export { findReferences } from './references';
export type { Reference } from './references';
export { idsInBranch, branchNameFor, branchNameProblem } from './branches';
export { isDangling, prefixesOf, ID_SOURCE } from './ids';
export { danglingReferenceFindings, UNKNOWN_KR_REFERENCE_RULE } from './danglingFindings';
export { LinkIndex } from './linkIndex';
export type { ScanOptions } from './scan/options';
export { DEFAULT_MAX_FILE_BYTES } from './scan/options';
export { scanWithNode } from './scan/nodeScanner';
export { scanWithRipgrep } from './scan/ripgrepScanner';
export { findRipgrep } from './scan/findRipgrep';
export { listBranchesWithGit } from './git';
