import { createRequire as __kepGateCreateRequire } from 'node:module';
const require = __kepGateCreateRequire(import.meta.url);
import {
  gitHubFacts
} from "./chunk-V5EJL2J4.js";
import "./chunk-QG5AARZW.js";
import "./chunk-HGET7TGW.js";
import "./chunk-GA53GD23.js";
import "./chunk-FQVTJ4NW.js";
export {
  gitHubFacts
};
