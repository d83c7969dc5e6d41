// Links from the work to the OKRs: references in code comments, branch names, and the index of both.
export { findReferences } from './references';
export type { Reference } from './references';
export { idsInBranch, branchNameFor, slugify } from './branches';
export type { BranchInfo } from './branches';
export { isDangling, idPrefix, prefixesOf, ID_SOURCE } from './ids';
export { danglingReferenceFindings, UNKNOWN_KR_REFERENCE_RULE } from './danglingFindings';
export { commentSyntaxFor } from './commentSyntax';
export type { CommentSyntax } from './commentSyntax';
export { LinkIndex } from './linkIndex';
export type { ScanOptions } from './scan/options';
export { DEFAULT_MAX_FILE_BYTES } from './scan/options';
export { scanWithNode } from './scan/nodeScanner';
export { scanWithRipgrep } from './scan/ripgrepScanner';
export { findRipgrep } from './scan/findRipgrep';
export { listBranchesWithGit } from './git';
// For adapters that index single files or walk folders themselves with the scanners' rules.
export { fileReferenceReader } from './scan/fileReferences';
export type { FileReader } from './scan/fileReferences';
export { IgnoreRules, IGNORE_FILES } from './scan/ignoreRules';
export type { IgnoreFileName } from './scan/ignoreRules';
export { ALWAYS_SKIPPED } from './scan/options';
