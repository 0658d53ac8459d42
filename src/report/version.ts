/** Sift's version as shown in reports; a test keeps it equal to package.json's `version`. */
export const SIFT_VERSION = '0.1.0';
