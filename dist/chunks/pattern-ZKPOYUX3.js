import { createRequire as __kepGateCreateRequire } from 'node:module';
const require = __kepGateCreateRequire(import.meta.url);
import {
  patternProblem,
  policyPattern
} from "./chunk-W7SK2ELL.js";
import "./chunk-FQVTJ4NW.js";
export {
  patternProblem,
  policyPattern
};
