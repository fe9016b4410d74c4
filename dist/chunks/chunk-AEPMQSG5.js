import { createRequire as __kepGateCreateRequire } from 'node:module';
const require = __kepGateCreateRequire(import.meta.url);
import {
  ACCEPTED_TARGET_FORMS,
  STAGE_IDS,
  compareMinor,
  formatMinor,
  isAtLeast,
  isBefore,
  minor,
  parseMinor
} from "./chunk-K4KVIFAM.js";
import {
  DataError,
  UserError,
  oneLine,
  yamlReason
} from "./chunk-QG5AARZW.js";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunk-FQVTJ4NW.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar4(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap5;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar4;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item2 of node.items) {
          const c = getAliasCount(doc, item2, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item2, ctx, onComment, onChompKeep) {
      const { type, value } = item2;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item2, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item2, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item2, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item2, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item2.value === "string" ? item2 : Object.assign({}, item2, { value: String(item2.value) });
      let { type } = item2;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item2) {
      if (item2.tag) {
        const match = tags.filter((t) => t.tag === item2.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item2.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item2)) {
        obj = item2.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item2.format) ?? match.find((t) => !t.format);
      } else {
        obj = item2;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item2, ctx, onComment, onChompKeep) {
      if (identity.isPair(item2))
        return item2.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item2)) {
        if (ctx.doc.directives)
          return item2.toString(ctx);
        if (ctx.resolvedAliases?.has(item2)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item2);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item2]);
          item2 = item2.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item2) ? item2 : ctx.doc.createNode(item2, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn2(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item2 = items[i];
        let comment2 = null;
        if (identity.isNode(item2)) {
          if (!chompKeep && item2.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item2.commentBefore, chompKeep);
          if (item2.comment)
            comment2 = item2.comment;
        } else if (identity.isPair(item2)) {
          const ik = identity.isNode(item2.key) ? item2.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item2, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item2 = items[i];
        let comment = null;
        if (identity.isNode(item2)) {
          if (item2.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item2.commentBefore, false);
          if (item2.comment)
            comment = item2.comment;
        } else if (identity.isPair(item2)) {
          const ik = identity.isNode(item2.key) ? item2.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item2.value) ? item2.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item2.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item2, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item2) => sortEntries(_pair, item2) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item2 of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item2);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item2 of this.items) {
          if (!identity.isPair(item2))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item2)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item2 of this.items)
          seq.push(toJS.toJS(item2, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item2, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item2, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item2 = seq.items[i];
          if (identity.isPair(item2))
            continue;
          else if (identity.isMap(item2)) {
            if (item2.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item2.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item2.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item2.commentBefore}
${pair.key.commentBefore}` : item2.commentBefore;
            if (item2.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item2.comment}
${cn.comment}` : item2.comment;
            }
            item2 = pair;
          }
          seq.items[i] = identity.isPair(item2) ? item2 : new Pair.Pair(item2);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode2 = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode2))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode2.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode2.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode2, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode2.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode2.comment)
              keyNode2.comment += "\n" + valueProps.comment;
            else
              keyNode2.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode2);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap5 = fc.start.source === "{";
      const fcName = isMap5 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap5 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap5 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap5 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode2 = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode2.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode2.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap5 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode2.comment)
              keyNode2.comment += "\n" + valueProps.comment;
            else
              keyNode2.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode2, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap5) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode2))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode2).range;
            map.range = [keyNode2.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap5 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item2 of token.items)
            res += stringifyItem(item2);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item2 of token.items)
            res += stringifyItem(item2);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item2 = cst;
      for (const [field, index] of path) {
        const tok = item2?.[field];
        if (tok && "items" in tok) {
          item2 = tok.items[index];
        } else
          return void 0;
      }
      return item2;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item2, visitor) {
      let ctrl = visitor(item2, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item2[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item2, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item2, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar4 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar4;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter4 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter4;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar2.end) {
            sep = scalar2.end;
            sep.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs6 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs6, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs6);
              } else {
                Object.assign(it, { key: fs6, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs6 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs6, sep: [] });
              else if (it.sep)
                this.stack.push(fs6);
              else
                Object.assign(it, { key: fs6, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument4(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument4(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument4;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser2.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/punycode.js/punycode.js
var require_punycode = __commonJS({
  "node_modules/punycode.js/punycode.js"(exports, module) {
    "use strict";
    var maxInt = 2147483647;
    var base = 36;
    var tMin = 1;
    var tMax = 26;
    var skew = 38;
    var damp = 700;
    var initialBias = 72;
    var initialN = 128;
    var delimiter = "-";
    var regexPunycode = /^xn--/;
    var regexNonASCII = /[^\0-\x7F]/;
    var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
    var errors = {
      "overflow": "Overflow: input needs wider integers to process",
      "not-basic": "Illegal input >= 0x80 (not a basic code point)",
      "invalid-input": "Invalid input"
    };
    var baseMinusTMin = base - tMin;
    var floor = Math.floor;
    var stringFromCharCode = String.fromCharCode;
    function error(type) {
      throw new RangeError(errors[type]);
    }
    function map(array, callback) {
      const result = [];
      let length = array.length;
      while (length--) {
        result[length] = callback(array[length]);
      }
      return result;
    }
    function mapDomain(domain, callback) {
      const parts = domain.split("@");
      let result = "";
      if (parts.length > 1) {
        result = parts[0] + "@";
        domain = parts[1];
      }
      domain = domain.replace(regexSeparators, ".");
      const labels = domain.split(".");
      const encoded = map(labels, callback).join(".");
      return result + encoded;
    }
    function ucs2decode(string) {
      const output = [];
      let counter = 0;
      const length = string.length;
      while (counter < length) {
        const value = string.charCodeAt(counter++);
        if (value >= 55296 && value <= 56319 && counter < length) {
          const extra = string.charCodeAt(counter++);
          if ((extra & 64512) == 56320) {
            output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
          } else {
            output.push(value);
            counter--;
          }
        } else {
          output.push(value);
        }
      }
      return output;
    }
    var ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);
    var basicToDigit = function(codePoint) {
      if (codePoint >= 48 && codePoint < 58) {
        return 26 + (codePoint - 48);
      }
      if (codePoint >= 65 && codePoint < 91) {
        return codePoint - 65;
      }
      if (codePoint >= 97 && codePoint < 123) {
        return codePoint - 97;
      }
      return base;
    };
    var digitToBasic = function(digit, flag) {
      return digit + 22 + 75 * (digit < 26) - ((flag != 0) << 5);
    };
    var adapt = function(delta, numPoints, firstTime) {
      let k = 0;
      delta = firstTime ? floor(delta / damp) : delta >> 1;
      delta += floor(delta / numPoints);
      for (; delta > baseMinusTMin * tMax >> 1; k += base) {
        delta = floor(delta / baseMinusTMin);
      }
      return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
    };
    var decode2 = function(input) {
      const output = [];
      const inputLength = input.length;
      let i = 0;
      let n = initialN;
      let bias = initialBias;
      let basic = input.lastIndexOf(delimiter);
      if (basic < 0) {
        basic = 0;
      }
      for (let j = 0; j < basic; ++j) {
        if (input.charCodeAt(j) >= 128) {
          error("not-basic");
        }
        output.push(input.charCodeAt(j));
      }
      for (let index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
        const oldi = i;
        for (let w = 1, k = base; ; k += base) {
          if (index >= inputLength) {
            error("invalid-input");
          }
          const digit = basicToDigit(input.charCodeAt(index++));
          if (digit >= base) {
            error("invalid-input");
          }
          if (digit > floor((maxInt - i) / w)) {
            error("overflow");
          }
          i += digit * w;
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (digit < t) {
            break;
          }
          const baseMinusT = base - t;
          if (w > floor(maxInt / baseMinusT)) {
            error("overflow");
          }
          w *= baseMinusT;
        }
        const out = output.length + 1;
        bias = adapt(i - oldi, out, oldi == 0);
        if (floor(i / out) > maxInt - n) {
          error("overflow");
        }
        n += floor(i / out);
        i %= out;
        output.splice(i++, 0, n);
      }
      return String.fromCodePoint(...output);
    };
    var encode2 = function(input) {
      const output = [];
      input = ucs2decode(input);
      const inputLength = input.length;
      let n = initialN;
      let delta = 0;
      let bias = initialBias;
      for (const currentValue of input) {
        if (currentValue < 128) {
          output.push(stringFromCharCode(currentValue));
        }
      }
      const basicLength = output.length;
      let handledCPCount = basicLength;
      if (basicLength) {
        output.push(delimiter);
      }
      while (handledCPCount < inputLength) {
        let m = maxInt;
        for (const currentValue of input) {
          if (currentValue >= n && currentValue < m) {
            m = currentValue;
          }
        }
        const handledCPCountPlusOne = handledCPCount + 1;
        if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
          error("overflow");
        }
        delta += (m - n) * handledCPCountPlusOne;
        n = m;
        for (const currentValue of input) {
          if (currentValue < n && ++delta > maxInt) {
            error("overflow");
          }
          if (currentValue === n) {
            let q = delta;
            for (let k = base; ; k += base) {
              const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
              if (q < t) {
                break;
              }
              const qMinusT = q - t;
              const baseMinusT = base - t;
              output.push(
                stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0))
              );
              q = floor(qMinusT / baseMinusT);
            }
            output.push(stringFromCharCode(digitToBasic(q, 0)));
            bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
            delta = 0;
            ++handledCPCount;
          }
        }
        ++delta;
        ++n;
      }
      return output.join("");
    };
    var toUnicode = function(input) {
      return mapDomain(input, function(string) {
        return regexPunycode.test(string) ? decode2(string.slice(4).toLowerCase()) : string;
      });
    };
    var toASCII = function(input) {
      return mapDomain(input, function(string) {
        return regexNonASCII.test(string) ? "xn--" + encode2(string) : string;
      });
    };
    var punycode2 = {
      /**
       * A string representing the current Punycode.js version number.
       * @memberOf punycode
       * @type String
       */
      "version": "2.3.1",
      /**
       * An object of methods to convert from JavaScript's internal character
       * representation (UCS-2) to Unicode code points, and back.
       * @see <https://mathiasbynens.be/notes/javascript-encoding>
       * @memberOf punycode
       * @type Object
       */
      "ucs2": {
        "decode": ucs2decode,
        "encode": ucs2encode
      },
      "decode": decode2,
      "encode": encode2,
      "toASCII": toASCII,
      "toUnicode": toUnicode
    };
    module.exports = punycode2;
  }
});

// src/evidence/git.ts
import { spawn } from "node:child_process";
var SAFE_CONFIG = [
  "-c",
  "core.fsmonitor=false",
  "-c",
  "core.hooksPath=/dev/null",
  "-c",
  "diff.external=",
  // Verifying signatures runs gpg.program, and its output would land among a log's records.
  "-c",
  "log.showSignature=false"
];
var running = /* @__PURE__ */ new Map();
function spawnGit(cwd, args, stdin) {
  const child = spawn("git", [...SAFE_CONFIG, ...args], {
    cwd,
    stdio: [stdin, "pipe", "pipe"],
    env: {
      ...process.env,
      // No credential prompt for an https remote. ssh is left as configured: actions/checkout's
      // ssh-key lives in core.sshCommand, which a GIT_SSH_COMMAND here would override.
      GIT_TERMINAL_PROMPT: "0",
      GIT_OPTIONAL_LOCKS: "0",
      // Into a pipe git flushes after every commit or line: thousands of tiny reads for us.
      GIT_FLUSH: "0",
      LC_ALL: "C"
    }
  });
  running.set(
    child,
    new Promise((resolve) => {
      const done = () => {
        running.delete(child);
        resolve();
      };
      child.on("close", done);
      child.on("error", done);
    })
  );
  return child;
}
async function stopGit() {
  for (const child of running.keys())
    if (child.exitCode === null && child.signalCode === null) child.kill();
  await Promise.all(running.values());
}
function startError(error) {
  const missing2 = error.code === "ENOENT";
  return new UserError(
    missing2 ? "git is not installed or not on PATH: kep-gate needs git" : `git failed to start: ${error.message}`
  );
}
function streamGit(cwd, args, onData, input) {
  return new Promise((resolve, reject) => {
    const child = spawnGit(cwd, args, input === void 0 ? "ignore" : "pipe");
    const err = [];
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => reject(startError(error)));
    child.on(
      "close",
      (code2) => resolve({ code: code2 ?? 1, stderr: Buffer.concat(err).toString("utf8") })
    );
    if (input !== void 0) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(input);
    }
  });
}
async function execGit(cwd, args, input) {
  const out = [];
  const { code: code2, stderr } = await streamGit(cwd, args, (chunk) => out.push(chunk), input);
  return { code: code2, stdout: Buffer.concat(out), stderr };
}
function pipeGit(cwd, producer, consumer, input) {
  return new Promise((resolve, reject) => {
    const from = spawnGit(cwd, producer, input === void 0 ? "ignore" : "pipe");
    const to = spawnGit(cwd, consumer, "pipe");
    const out = [];
    const err = [];
    from.stdout.pipe(to.stdin);
    to.stdin.on("error", () => void 0);
    if (input !== void 0) {
      from.stdin.on("error", () => void 0);
      from.stdin.end(input);
    }
    to.stdout.on("data", (chunk) => out.push(chunk));
    for (const child of [from, to]) {
      child.stderr.on("data", (chunk) => err.push(chunk));
      child.on("error", (error) => reject(startError(error)));
    }
    const codes = [];
    const done = (other) => (code2) => {
      codes.push(code2 ?? 1);
      if (code2 !== 0 && other.exitCode === null && other.signalCode === null) other.kill();
      if (codes.length < 2) return;
      resolve({
        code: codes.find((c) => c !== 0) ?? 0,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString("utf8")
      });
    };
    from.on("close", done(to));
    to.on("close", done(from));
    to.on("close", () => from.stdout.unpipe().resume());
  });
}
async function tryGit(cwd, args, input) {
  const result = await execGit(cwd, args, input);
  return result.code === 0 ? result.stdout.toString("utf8") : void 0;
}
function gitReason(stderr) {
  const lines = stderr.trim().split("\n").filter(Boolean);
  return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0];
}

// src/report/markdown.ts
var ICON = {
  pass: "\u2705",
  fail: "\u274C",
  warning: "\u26A0\uFE0F",
  exempt: "\u{1F7E6}",
  skipped: "\u23ED\uFE0F",
  next: "\u{1F51C}"
};
function renderMarkdown(report) {
  const due = report.criteria.filter((c) => c.status !== "next");
  const next = report.criteria.filter((c) => c.status === "next");
  const verdict = report.result === "pass" ? "\u2705 pass" : "\u274C fail";
  const lines = [
    `## KEP-${escapeMarkdown(report.kep)}: ${escapeMarkdown(report.title)} \u2014 ${report.kind} at ${report.target}: ${verdict}`,
    "",
    `Target **${report.target}** (from ${escapeMarkdown(report.targetSource)}), stage **${report.stage}**, policy ${codeSpan(report.policy)}${report.policySource ? ` (${escapeMarkdown(report.policySource)}: a pull request cannot change the policy that judges it)` : ""}.`,
    ""
  ];
  if (report.errors.length > 0) {
    lines.push("**Could not read:**", "", ...report.errors.map((e) => `- ${escapeMarkdown(e)}`), "");
  }
  lines.push("### Due at this release", "");
  if (due.length === 0) lines.push("Nothing is due at this release.");
  for (const c of due) lines.push(...item(c));
  if (next.length > 0) {
    lines.push("", "### Coming next", "");
    for (const c of next)
      lines.push(
        `- [ ] \u{1F51C} \`${c.id}\` (stage ${c.stage}, due from ${c.due.from}): ${escapeMarkdown(c.explain)}`
      );
  }
  return lines.join("\n") + "\n";
}
function item(c) {
  const done = c.status === "pass" || c.status === "exempt";
  const out = [
    `- [${done ? "x" : " "}] ${ICON[c.status]} \`${c.id}\` (stage ${c.stage}, ${c.status}): ${escapeMarkdown(c.message)}`
  ];
  for (const e of c.evidence.slice(0, 10))
    out.push(`  - ${place(e)}${e.note ? `: ${escapeMarkdown(e.note)}` : ""}`);
  if (c.evidence.length > 10) out.push(`  - and ${c.evidence.length - 10} more`);
  if (c.details?.length) out.push("", ...c.details.map((line) => line ? `  ${line}` : ""), "");
  return out;
}
function place(e) {
  return codeSpan(`${e.file}${e.line ? `:${e.line}` : ""}`);
}
function codeSpan(text2) {
  const clean = withoutControls(text2);
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence2 = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence2}${pad}${clean}${pad}${fence2}`;
}
function withoutControls(text2) {
  return text2.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD");
}
function escapeMarkdown(text2) {
  return withoutControls(text2.replace(/[\r\n]+/g, " ")).replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`).replace(/-->/g, "--\\>").replace(/@(?=[A-Za-z0-9])/g, "@\u200B");
}

// src/evidence/commit-shapes.ts
function mergedPullRequest(commit) {
  const match = /^Merge pull request #(\d+) from ([^\s]+)/.exec(commit.subject);
  if (!match) return void 0;
  const branch = match[2].replace(/^[^/]*\//, "");
  return { number: Number(match[1]), branch, title: commit.body.split("\n")[0].trim() };
}
function squashedPullRequest(commit) {
  const match = /\(#(\d+)\)\s*$/.exec(commit.subject);
  return match ? Number(match[1]) : void 0;
}
function cherryPickedFrom(body) {
  return [...body.matchAll(/^\(cherry picked from commit ([0-9a-f]{7,64})\)\s*$/gm)].map((m) => m[1]);
}

// src/evidence/commit-graph.ts
var CommitGraph = class {
  /** `commits` numbered 0, 1, … in their order, as the log reader numbers them. */
  constructor(commits) {
    this.commits = commits;
    this.shas = [...commits.keys()];
    for (const commit of commits.values()) {
      const numbers = commit.parents.map((p) => commits.get(p)?.n ?? -1);
      if (numbers.includes(-1))
        this.outside.set(
          this.parents.length,
          commit.parents.filter((_, i) => numbers[i] === -1)
        );
      this.parents.push(numbers);
    }
  }
  commits;
  shas;
  /** Parent numbers of each commit; a parent outside the range has none. */
  parents = [];
  /** The parents outside the range (boundary commits), by the number of their child. */
  outside = /* @__PURE__ */ new Map();
  numberOf(sha) {
    return this.commits.get(sha)?.n;
  }
  /** The commits reachable from a tip inside the range. */
  reach(tip) {
    const marks = new Uint8Array(this.shas.length);
    const start = this.numberOf(tip);
    const stack = start === void 0 ? [] : [start];
    while (stack.length > 0) {
      const n = stack.pop();
      if (marks[n]) continue;
      marks[n] = 1;
      for (const p of this.parents[n]) if (p >= 0 && !marks[p]) stack.push(p);
    }
    return new Reach(this, marks);
  }
  /** The parents outside the range (boundary commits) of the commits in `from`. */
  parentsOutside(from) {
    const found = /* @__PURE__ */ new Set();
    for (const [n, parents] of this.outside)
      if (from.hasNumber(n)) for (const parent of parents) found.add(parent);
    return found;
  }
  /**
   * For each commit reachable from `tip`, the first-parent commit that brought it in: a merge for
   * the commits of the branch it merged, or the commit itself. One walk, oldest merge first, so
   * each commit goes to the earliest merge that contains it. Commits in `skip` (those of another
   * branch) are neither owned nor walked through.
   */
  owners(tip, skip) {
    const owner = new Int32Array(this.shas.length).fill(-1);
    const order = [];
    const skipped = (n) => skip?.hasNumber(n) ?? false;
    const chain = [];
    for (let n = this.numberOf(tip) ?? -1; n >= 0 && !skipped(n); n = this.parents[n][0] ?? -1)
      chain.push(n);
    for (const mainline of chain.reverse()) {
      owner[mainline] = mainline;
      order.push(mainline);
      const stack = this.parents[mainline].slice(1);
      while (stack.length > 0) {
        const n = stack.pop();
        if (n < 0 || owner[n] >= 0 || skipped(n)) continue;
        owner[n] = mainline;
        order.push(n);
        for (const p of this.parents[n]) stack.push(p);
      }
    }
    const shas = this.shas;
    return {
      of: (sha) => {
        const n = this.numberOf(sha);
        return n === void 0 || owner[n] < 0 ? void 0 : shas[owner[n]];
      },
      *entries() {
        for (const n of order) yield [shas[n], shas[owner[n]]];
      }
    };
  }
  shaOf(n) {
    return this.shas[n];
  }
};
var Reach = class {
  constructor(graph, marks) {
    this.graph = graph;
    this.marks = marks;
  }
  graph;
  marks;
  has(sha) {
    const n = this.graph.numberOf(sha);
    return n !== void 0 && this.marks[n] === 1;
  }
  hasNumber(n) {
    return this.marks[n] === 1;
  }
  /** Its commits, newest first as the log gave them. */
  list() {
    const out = [];
    this.marks.forEach((mark, n) => {
      if (mark) out.push(this.graph.shaOf(n));
    });
    return out;
  }
};

// src/evidence/git-checkout.ts
import { promises as fs } from "node:fs";
import nodePath from "node:path";
async function readCheckout(dir, fetch) {
  const checkout = await checkoutAround(dir, fetch);
  const root = await fs.realpath(dir).catch(() => dir);
  return checkout?.root === root ? checkout : void 0;
}
async function checkoutAround(dir, fetch) {
  const out = await tryGit(dir, [
    "rev-parse",
    "--show-toplevel",
    "--is-shallow-repository",
    "--git-path",
    "shallow",
    "--git-path",
    "config"
  ]);
  if (!out) return void 0;
  const [top = "", shallow, shallowFile = "", configFile = ""] = out.split("\n");
  const root = await fs.realpath(top).catch(() => nodePath.resolve(top));
  const from = nodePath.resolve(dir);
  return {
    root,
    shallow: shallow === "true",
    shallowFile: nodePath.resolve(from, shallowFile),
    configFile: nodePath.resolve(from, configFile),
    fetch
  };
}
async function shallowCommits(checkout) {
  const listed = await fs.readFile(checkout.shallowFile, "utf8").catch(() => "");
  return new Set(listed.split("\n").filter(Boolean));
}
async function remoteProblem(root, remote) {
  const url = (await tryGit(root, ["remote", "get-url", remote]))?.trim();
  if (!url) return `the checkout has no remote "${remote}" to fetch from`;
  const local2 = localPath(root, url);
  if (local2 === void 0) return void 0;
  const repository = await Promise.all(
    ["HEAD", ".git"].map(
      (entry) => fs.stat(nodePath.join(local2, entry)).then(
        () => true,
        () => false
      )
    )
  );
  return repository.includes(true) ? void 0 : `the checkout's remote "${remote}" is ${local2}, which is not a git repository`;
}
async function missingOnRemote(root, request) {
  const wanted = [
    ...new Set(request.branches.map((b) => `refs/heads/${b}`)),
    ...new Set(request.tags.map((t) => `refs/tags/${t}`))
  ];
  const result = await execGit(root, [
    "ls-remote",
    "--refs",
    UPLOAD_PACK,
    request.remote,
    ...wanted
  ]);
  if (result.code !== 0)
    return { error: gitReason(result.stderr) ?? `git ls-remote exited ${result.code}` };
  const offered = new Set(
    result.stdout.toString("utf8").split("\n").map((line) => line.split("	")[1])
  );
  return { missing: wanted.filter((ref) => !offered.has(ref)) };
}
function localPath(root, url) {
  if (url.startsWith("file://")) return decodeURIComponent(url.slice("file://".length));
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[^/]*:/.test(url)) return void 0;
  return nodePath.resolve(root, url);
}
var UPLOAD_PACK = "--upload-pack=git-upload-pack";
var FETCHED_REFS = "refs/kep-gate";
async function resolveNames(root, names, remote) {
  const unique = [...new Set(names)];
  const places = unique.map((name) => [
    `refs/heads/${name}`,
    `refs/remotes/${remote}/${name}`,
    `${FETCHED_REFS}/${remote}/${name}`,
    `refs/tags/${name}`,
    `${FETCHED_REFS}/tags/${name}`,
    name
  ]);
  const input = places.flat().map((p) => `${p}^{commit}
`);
  const result = await execGit(
    root,
    ["cat-file", "--batch-check=%(objectname) %(objecttype)"],
    input.join("")
  );
  const lines = result.stdout.toString("utf8").split("\n");
  const found = /* @__PURE__ */ new Map();
  unique.forEach((name, i) => {
    const at2 = places[i].findIndex((_, j) => / commit$/.test(lines[i * 6 + j] ?? ""));
    if (at2 === -1) return;
    const sha = lines[i * 6 + at2].split(" ")[0];
    found.set(name, { ref: places[i][at2], sha });
  });
  return found;
}
function refspecs(request, into) {
  return [
    ...[...new Set(request.branches)].map((b) => `+refs/heads/${b}:${into("branch", b)}`),
    ...[...new Set(request.tags)].map((t) => `+refs/tags/${t}:${into("tag", t)}`)
  ];
}
function depthArgs(depth) {
  return depth === "unshallow" ? ["--unshallow"] : depth === "as-is" ? [] : [`--deepen=${depth.deepen}`];
}
function fetchCommand(root, request) {
  const specs = refspecs(
    request,
    (kind, name) => kind === "branch" ? `refs/remotes/${request.remote}/${name}` : `refs/tags/${name}`
  );
  const quote = (arg) => /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
  return [
    "git",
    "-C",
    root,
    "fetch",
    "--no-tags",
    ...depthArgs(request.depth),
    request.remote,
    ...specs
  ].map(quote).join(" ");
}
async function fetchInto(checkout, request, config2) {
  await config2.take();
  const args = [
    ...promisorConfig(request.remote),
    "fetch",
    "--quiet",
    "--no-tags",
    "--no-write-fetch-head",
    "--recurse-submodules=no",
    "--filter=blob:none",
    UPLOAD_PACK,
    ...depthArgs(request.depth),
    request.remote,
    ...refspecs(
      request,
      (kind, name) => kind === "branch" ? `${FETCHED_REFS}/${request.remote}/${name}` : `${FETCHED_REFS}/tags/${name}`
    )
  ];
  const result = await execGit(checkout.root, args);
  await config2.restore();
  if (result.code === 0) return void 0;
  return gitReason(result.stderr) ?? `git fetch exited ${result.code}`;
}
function promisorConfig(remote) {
  return ["-c", `remote.${remote}.promisor=true`];
}
var ConfigGuard = class {
  constructor(file) {
    this.file = file;
  }
  file;
  before = null;
  async take() {
    if (this.before !== null) return;
    this.before = await fs.readFile(this.file).catch(() => void 0);
  }
  /** Writes the file back if git changed it. */
  async restore() {
    if (!this.before) return;
    const now = await fs.readFile(this.file).catch(() => void 0);
    if (now && now.equals(this.before)) return;
    await fs.writeFile(this.file, this.before);
  }
};

// src/evidence/history-log.ts
function isHeader(text2) {
  const space = text2.indexOf(" ");
  return (text2[0] === ">" || text2[0] === "-" || text2[0] === "<") && (space === 41 || space === 65) && /^[0-9a-f]+$/.test(text2.slice(1, space));
}
async function readLogRange(root, range, paths, config2 = []) {
  const out = {
    commits: /* @__PURE__ */ new Map(),
    touching: /* @__PURE__ */ new Set(),
    boundary: /* @__PURE__ */ new Set(),
    days: /* @__PURE__ */ new Map()
  };
  const parser2 = new RecordParser(out);
  const result = await streamGit(
    root,
    [
      ...config2,
      "log",
      "-z",
      "--boundary",
      "--full-history",
      "--sparse",
      "--name-only",
      "--no-renames",
      "--format=%m%H %cs %P%x00%s%x00%b",
      ...range,
      "--",
      ...paths
    ],
    (chunk) => parser2.push(chunk)
  );
  if (result.code !== 0) throw historyError("git log", result.stderr);
  parser2.end();
  return out;
}
var RecordParser = class {
  constructor(out) {
    this.out = out;
  }
  out;
  rest = Buffer.alloc(0);
  fields = [];
  names = false;
  push(chunk) {
    const data = this.rest.length > 0 ? Buffer.concat([this.rest, chunk]) : chunk;
    const last = data.lastIndexOf(0);
    if (last === -1) {
      this.rest = Buffer.from(data);
      return;
    }
    const tokens = data.toString("utf8", 0, last).split("\0");
    for (const token of tokens) this.token(token);
    this.rest = Buffer.from(data.subarray(last + 1));
  }
  end() {
    if (this.rest.length > 0) this.token(this.rest.toString("utf8"));
    this.flush();
  }
  token(text2) {
    if (this.fields.length === 3) {
      if (text2.startsWith("\n")) {
        this.names = true;
        return;
      }
      if (this.names && !isHeader(text2)) return;
      this.flush();
    }
    if (this.fields.length === 0 && !isHeader(text2)) {
      throw new UserError(`git log gave an unreadable record near "${text2.slice(0, 40)}"`);
    }
    this.fields.push(text2);
  }
  flush() {
    if (this.fields.length === 0) return;
    const [header, subject = "", body = ""] = this.fields;
    const [id, day, ...parents] = header.split(" ");
    const sha = id.slice(1);
    if (id[0] === "-") {
      this.out.boundary.add(sha);
      this.out.days.set(sha, day);
    } else {
      const n = this.out.commits.size;
      this.out.commits.set(sha, { sha, parents, subject, body: linesRead(body), n });
      if (this.names) this.out.touching.add(sha);
    }
    this.fields = [];
    this.names = false;
  }
};
function linesRead(body) {
  const newline2 = body.indexOf("\n");
  if (newline2 === -1) return body.trim();
  if (!/cherry pick/i.test(body)) return body.slice(0, newline2).trim();
  const lines = body.split("\n");
  const kept = [lines[0].trim()];
  for (let i = 1; i < lines.length; i++) if (/cherry pick/i.test(lines[i])) kept.push(lines[i]);
  return kept.join("\n").trim();
}
async function mergeBaseOf(root, range, a, b, graph, reach) {
  const { commits } = range;
  if (!commits.has(b)) return b;
  if (!commits.has(a)) return a;
  const fromB = graph.parentsOutside(reach(b));
  const both = [...graph.parentsOutside(reach(a))].filter((sha) => fromB.has(sha));
  if (both.length === 1) return both[0];
  return (await tryGit(root, ["merge-base", a, b]))?.trim() || void 0;
}
async function patchIds(root, shas, paths, config2 = []) {
  const ids = /* @__PURE__ */ new Map();
  if (shas.length === 0) return ids;
  const diff = [
    ...config2,
    "diff-tree",
    "--stdin",
    "-p",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-renames",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    "--",
    ...paths
  ];
  const halves = shas.length > 40 ? [shas.slice(0, shas.length >> 1), shas.slice(shas.length >> 1)] : [shas];
  const results = await Promise.all(
    halves.map((half) => pipeGit(root, diff, ["patch-id", "--stable"], half.join("\n") + "\n"))
  );
  for (const result of results) {
    if (result.code !== 0) throw historyError("git diff-tree | git patch-id", result.stderr);
    for (const line of result.stdout.toString("utf8").split("\n")) {
      const [patchId, sha] = line.split(" ");
      if (patchId && sha) ids.set(sha, patchId);
    }
  }
  return ids;
}
function historyError(what, stderr) {
  return new UserError(`${what} could not read the history: ${gitReason(stderr) ?? "no message"}`);
}

// src/evidence/git-history.ts
var HOW_TO_FIX = "check out with history (actions/checkout with fetch-depth: 0)";
var COMMIT_ID = /^[0-9a-f]{7,64}$/;
var TAG = /^v\d+\.\d+/;
async function readBranchHistory(checkout, request) {
  const { root } = checkout;
  const { remote, mainBranch, since, cutoff } = request;
  const points = [...since ? [since] : [], ...cutoff ? [cutoff] : []];
  const namedBranches = points.filter((p) => !TAG.test(p) && !COMMIT_ID.test(p));
  const branchNames = [
    .../* @__PURE__ */ new Set([mainBranch, ...request.branches, request.sinceBranchPoint, ...namedBranches])
  ];
  const names = [.../* @__PURE__ */ new Set([...branchNames, ...points])];
  const steps = checkout.shallow ? [{ deepen: 1e3 }, { deepen: 1e4 }, "unshallow"] : ["as-is"];
  const isTag = (name) => !branchNames.includes(name) && !COMMIT_ID.test(name);
  const config2 = new ConfigGuard(checkout.configFile);
  const fetched = [];
  for (let attempt = 0; ; attempt++) {
    const refs = await resolveNames(root, names, remote);
    const missing2 = names.filter((n) => !refs.has(n));
    if (attempt > 0 && missing2.length > 0 && missing2.every(isTag))
      return { error: `${missing2.join(", ")} not in the checkout nor on ${remote}: ${HOW_TO_FIX}` };
    let problem = missing2.length > 0 ? `${missing2.join(", ")} not in the checkout` : void 0;
    if (!problem) {
      const ref = (name) => ({ name, ...refs.get(name) });
      const main = ref(mainBranch);
      const last = ref(cutoff ?? mainBranch);
      const branches = new Map(request.branches.map((b) => [b, ref(b)]));
      const point = since ? refs.get(since).sha : refs.get(request.sinceBranchPoint).sha;
      const others = [last.sha, ...[...branches.values()].map((b) => b.sha)];
      const range = since ? [.../* @__PURE__ */ new Set([main.sha, ...others]), "--not", point] : [`${main.sha}...${point}`, ...new Set(others)];
      const partial = fetched.length > 0 || [...refs.values()].some((r) => r.ref.startsWith(`${FETCHED_REFS}/`));
      const extra = partial && checkout.fetch ? promisorConfig(remote) : [];
      const log = await readLogRange(root, range, request.paths, extra);
      const graph = new CommitGraph(log.commits);
      const reached = /* @__PURE__ */ new Map();
      const reach = (tip) => {
        let set = reached.get(tip);
        if (!set) reached.set(tip, set = graph.reach(tip));
        return set;
      };
      const start = since ? point : await mergeBaseOf(root, log, main.sha, point, graph, reach);
      const shallow = await shallowCommits(checkout);
      const cut = [...log.commits.keys()].find((sha) => shallow.has(sha));
      if (!start) problem = `no common history of ${mainBranch} and ${request.sinceBranchPoint}`;
      else if (cut) problem = `the history is cut short at ${cut.slice(0, 12)} (a shallow clone)`;
      else
        return {
          root,
          mainTip: main,
          cutoff: { ...last, label: `${last.name} ${last.sha.slice(0, 12)}` },
          since: {
            sha: start,
            label: since ? `${since} ${start.slice(0, 12)}` : `the ${request.sinceBranchPoint} branch point ${start.slice(0, 12)}`
          },
          branches,
          commits: log.commits,
          graph,
          onMain: reach(main.sha),
          reach,
          touching: log.touching,
          fetched,
          async patchIds(shas) {
            try {
              return await patchIds(root, shas, request.paths, extra);
            } catch (error) {
              if (partial && !checkout.fetch)
                throw new UserError(
                  `the history kep-gate fetched into ${FETCHED_REFS}/ has no file contents for the patches it must compare (${oneLine(error)}): run again with --fetch`
                );
              throw error;
            } finally {
              await config2.restore();
            }
          },
          async sinceDay() {
            return log.days.get(start) ?? ((await tryGit(root, ["log", "-1", "--format=%cs", start]))?.trim() || void 0);
          }
        };
    }
    const step = steps[attempt];
    if (!step || !checkout.shallow && missing2.length === 0)
      return { error: `${problem}: ${HOW_TO_FIX}` };
    const unusable = await remoteProblem(root, remote);
    if (unusable) return { error: `${problem}, and ${unusable}: ${HOW_TO_FIX}` };
    const tags = missing2.filter(isTag);
    if (!checkout.fetch) {
      const command = fetchCommand(root, {
        remote,
        branches: checkout.shallow ? branchNames : missing2.filter((n) => branchNames.includes(n)),
        tags,
        depth: checkout.shallow ? "unshallow" : "as-is"
      });
      return { error: `${problem}: run \`${command}\`, or let kep-gate fetch with --fetch` };
    }
    const offered = await missingOnRemote(root, { remote, branches: branchNames, tags });
    if ("error" in offered)
      return { error: `${problem}, and ${remote} cannot be read (${offered.error}): ${HOW_TO_FIX}` };
    if (offered.missing.length > 0)
      return {
        error: `${problem}, and ${remote} has no ${offered.missing.join(", ")}: ${HOW_TO_FIX}`
      };
    const failure = await fetchInto(
      checkout,
      { remote, branches: branchNames, tags, depth: step },
      config2
    );
    if (failure)
      return { error: `${problem}, and fetching from ${remote} failed (${failure}): ${HOW_TO_FIX}` };
    const what = [...branchNames, ...tags.map((t) => `tag ${t}`)].join(", ");
    fetched.push(`${what} from ${remote} (${describeDepth(step)}, blob:none) into ${FETCHED_REFS}/`);
  }
}
function describeDepth(depth) {
  return depth === "as-is" ? "full" : depth === "unshallow" ? "unshallow" : `deepen ${depth.deepen}`;
}

// src/criteria/backport-picks.ts
async function findPicks(history, branches, fixes, facts) {
  const views = branches.map((branch) => cheapPicks(history, branch, fixes, facts));
  const unmatched = views.map((v) => fixes.filter((f) => !v.found.has(f.key)));
  if (unmatched.every((u) => u.length === 0)) return new Map(views.map((v) => [v.branch, v.found]));
  const candidates = views.map(
    (v) => v.commits.filter((sha) => history.touching.has(sha) && !v.evidence.has(v.pickOf(sha)))
  );
  const ids = await history.patchIds([
    .../* @__PURE__ */ new Set([...unmatched.flat().flatMap((f) => f.commits), ...candidates.flat()])
  ]);
  views.forEach((view, i) => {
    const byPatch = /* @__PURE__ */ new Map();
    for (const fix of unmatched[i])
      for (const sha of fix.commits) {
        const id = ids.get(sha);
        if (id) byPatch.set(id, fix);
      }
    for (const sha of candidates[i]) {
      const fix = byPatch.get(ids.get(sha) ?? "");
      if (fix) view.note(fix, view.pickOf(sha), "patch-id");
    }
  });
  return new Map(views.map((v) => [v.branch, v.found]));
}
var AUTOMATED = /^Automated cherry pick of ((?:#\d+[,\s]*)+)/;
function cheapPicks(history, branch, fixes, facts) {
  const found = /* @__PURE__ */ new Map();
  const evidence = /* @__PURE__ */ new Set();
  const note = (fix, pick, kind) => {
    if (!fix) return;
    const entry = found.get(fix.key) ?? { pick, kinds: [] };
    if (!entry.kinds.includes(kind)) entry.kinds.push(kind);
    found.set(fix.key, entry);
  };
  const byPr = new Map(fixes.filter((f) => f.pr).map((f) => [f.pr, f]));
  const byTitle = new Map(fixes.map((f) => [normalTitle(f.title), f]));
  const byCommit = new Map(fixes.flatMap((f) => f.commits.map((sha) => [sha, f])));
  const numbers = (text2) => [...text2.matchAll(/#(\d+)/g)].map((m) => byPr.get(Number(m[1])));
  const picked = (title) => {
    const automated = AUTOMATED.exec(title);
    if (automated) return numbers(automated[1]);
    const prow = /^\[([^\]]+)\]\s*(.+)$/.exec(title);
    return prow && prow[1] === branch ? [byTitle.get(normalTitle(prow[2]))] : [];
  };
  const tip = history.branches.get(branch).sha;
  const owners = history.graph.owners(tip, history.onMain);
  const onBranch = history.reach(tip);
  const pickOf = (sha) => {
    const ownerPull = mergedPullRequest(history.commits.get(owners.of(sha) ?? sha));
    return ownerPull ? `#${ownerPull.number}` : sha.slice(0, 12);
  };
  for (const fix of fixes)
    if (fix.commits.every((sha) => onBranch.has(sha))) note(fix, "in history", "history");
  const commits = onBranch.list().filter((sha) => !history.onMain.has(sha));
  for (const sha of commits) {
    const commit = history.commits.get(sha);
    const pick = pickOf(sha);
    const shows = (fix, kind) => {
      if (!fix) return;
      evidence.add(pick);
      note(fix, pick, kind);
    };
    const pull = mergedPullRequest(commit);
    if (pull) {
      const source = /^automated-cherry-pick-of-((?:#\d+-)+)upstream-(.+)$/.exec(pull.branch);
      if (source && source[2] === branch) for (const f of numbers(source[1])) shows(f, "branch");
      for (const f of picked(pull.title)) shows(f, "title");
    }
    for (const m of `${commit.subject}
${commit.body}`.matchAll(
      /Cherry pick of ((?:#\d+\s*)+)on (\S+?)\.?$/gm
    ))
      if (m[2] === branch) for (const f of numbers(m[1])) shows(f, "body");
    for (const from of cherryPickedFrom(commit.body))
      shows(
        byCommit.get(from) ?? fixes.find((f) => f.commits.some((c) => c.startsWith(from))),
        "trailer"
      );
  }
  for (const pr of facts?.merged ?? []) {
    if (pr.base !== branch) continue;
    for (const f of picked(pr.title)) note(f, `#${pr.number}`, "github");
  }
  return { branch, found, commits, evidence, note, pickOf };
}
function normalTitle(title) {
  return title.trim().replace(/\s+/g, " ").toLowerCase();
}

// src/criteria/backports.ts
var NOT_GIT = "not a git checkout: the backport audit needs git history (check out with fetch-depth: 0)";
var nftablesBackports = {
  id: "nftables-backports",
  repo: "kubernetes",
  explain: "Stage 1: all nftables-mode bugfixes have been backported to 1.34 and 1.33, so ipvs users on older releases can migrate to nftables.",
  async check(ctx) {
    const params = ctx.policy.backports;
    const checkout = await ctx.repo.checkout();
    if (!checkout) return { skipped: NOT_GIT };
    const cutoff = params.cutoffs[formatMinor(ctx.target)];
    const history = await readBranchHistory(checkout, { ...params, cutoff });
    if ("error" in history) return { pass: false, message: history.error, evidence: [] };
    const groups = groupMainline(history);
    const facts = await gitHubFactsFor(ctx.github, history, groups, params);
    return audit(history, groups, params, facts);
  }
};
async function gitHubFactsFor(github, history, groups, params) {
  if (!github) return void 0;
  const pulls = /* @__PURE__ */ new Set();
  for (const group of groups.values()) if (group.pr) pulls.add(group.pr);
  try {
    const mergedSince = await history.sinceDay();
    return await github.backports({ pulls: [...pulls], branches: params.branches, mergedSince });
  } catch (error) {
    return `GitHub facts unavailable (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`;
  }
}
function groupMainline(history) {
  const owners = history.graph.owners(history.cutoff.sha).entries();
  const groups = /* @__PURE__ */ new Map();
  for (const [sha, owner] of owners) {
    if (!history.touching.has(sha)) continue;
    const merge2 = history.commits.get(owner);
    const pull = mergedPullRequest(merge2);
    const pr = pull?.number ?? squashedPullRequest(merge2);
    const key = pr ? `#${pr}` : sha.slice(0, 12);
    const title = pull?.title || merge2.subject.replace(/\s*\(#\d+\)\s*$/, "");
    const group = groups.get(key) ?? { key, pr, title, commits: [] };
    group.commits.push(sha);
    groups.set(key, group);
  }
  return groups;
}
function classify(group, params, pattern, facts, commits) {
  if (group.pr && params.fixes.includes(group.pr)) return "listed in the policy";
  const known2 = group.pr ? facts?.pulls.get(group.pr) : void 0;
  if (known2) return known2.labels.includes(params.bugLabel) ? `label ${params.bugLabel}` : void 0;
  if (group.pr && pattern.test(group.title)) return "PR title";
  if (group.commits.some((sha) => pattern.test(commits.get(sha)?.subject ?? ""))) return "subject";
  return void 0;
}
async function audit(history, groups, params, github) {
  const facts = typeof github === "object" ? github : void 0;
  const { policyPattern } = await import("./pattern-JCA5DMG2.js");
  const pattern = policyPattern(params.fixPattern);
  const fixes = [];
  const others = [];
  for (const group of groups.values()) {
    const rule = classify(group, params, pattern, facts, history.commits);
    if (rule) fixes.push({ ...group, rule });
    else others.push(group.key);
  }
  const table2 = /* @__PURE__ */ new Map();
  for (const fix of fixes) table2.set(fix.key, /* @__PURE__ */ new Map());
  const picks = await findPicks(history, params.branches, fixes, facts);
  for (const branch of params.branches) {
    const found = picks.get(branch);
    for (const fix of fixes) {
      const exemption = params.exemptions.find(
        (e) => e.pr === fix.pr && (!e.branches || e.branches.includes(branch))
      );
      const pick = found.get(fix.key);
      const cell = pick ? { found: pick } : exemption ? { exempt: exemption.reason } : "missing";
      table2.get(fix.key).set(branch, cell);
    }
  }
  const path = params.paths[0];
  const missing2 = [];
  const exempt = [];
  for (const fix of fixes)
    for (const [branch, cell] of table2.get(fix.key)) {
      if (cell === "missing")
        missing2.push({ file: path, note: `${fix.key} (${fix.title}) has no pick on ${branch}` });
      else if ("exempt" in cell)
        exempt.push({ file: path, note: `${fix.key} exempt on ${branch}: ${cell.exempt}` });
    }
  const unused = params.exemptions.filter((e) => !fixes.some((f) => f.pr === e.pr)).map((e) => `#${e.pr}`);
  const details = [
    ...refsRead(history),
    ...typeof github === "string" ? [`- ${escapeMarkdown(github)}; classified by title`] : [],
    "",
    ...renderTable(fixes, table2, params.branches),
    ...others.length > 0 ? [
      "",
      `Not bug fixes (${others.length}): ${others.slice(0, 30).join(", ")}${others.length > 30 ? ", \u2026" : ""}`
    ] : [],
    ...unused.length > 0 ? ["", `Exemptions matching no fix in range: ${unused.join(", ")}`] : []
  ];
  const scope = `${fixes.length} bug fixes to ${params.paths.join(", ")} on ${params.mainBranch} since ${history.since.label}`;
  const exemptNote = exempt.length > 0 ? ` (${exempt.length} exempt)` : "";
  if (missing2.length === 0)
    return {
      pass: true,
      message: `${scope}: all reached ${params.branches.join(" and ")}${exemptNote}`,
      evidence: exempt,
      details
    };
  const shown = missing2.slice(0, 3).map((m) => m.note);
  const more = missing2.length > 3 ? `; and ${missing2.length - 3} more` : "";
  return {
    pass: false,
    message: `${scope}: ${missing2.length} picks missing: ${shown.join("; ")}${more}`,
    evidence: [...missing2, ...exempt],
    details
  };
}
function refsRead(history) {
  const short = (sha) => sha.slice(0, 12);
  const lines = [
    `Refs read: ${[history.mainTip, ...history.branches.values()].map((r) => `\`${r.name}\` ${short(r.sha)} (${r.ref})`).join(", ")}`,
    `- fixes merged after ${escapeMarkdown(history.since.label)} up to ${escapeMarkdown(history.cutoff.label)}`
  ];
  if (history.fetched.length > 0)
    lines.push(`- fetched: ${escapeMarkdown(history.fetched.join("; "))}`);
  return lines;
}
var KIND_NAMES = {
  history: "branched after the merge",
  branch: "pick branch",
  body: "pick body",
  trailer: "-x trailer",
  "patch-id": "patch-id",
  title: "pick title",
  github: "GitHub PR"
};
function renderTable(fixes, table2, branches) {
  if (fixes.length === 0) return ["No bug fixes in range."];
  const lines = [
    `| fix | classified by | ${branches.join(" | ")} |`,
    `| --- | --- | ${branches.map(() => "---").join(" | ")} |`
  ];
  for (const fix of fixes) {
    const cells2 = branches.map((b) => {
      const cell = table2.get(fix.key).get(b);
      if (cell === "missing") return "\u274C missing";
      if ("exempt" in cell) return `\u{1F7E6} exempt: ${escapeMarkdown(cell.exempt)}`;
      return `\u2705 ${cell.found.pick} (${cell.found.kinds.map((k) => KIND_NAMES[k]).join(", ")})`;
    });
    lines.push(`| ${fix.key} ${escapeMarkdown(fix.title)} | ${fix.rule} | ${cells2.join(" | ")} |`);
  }
  return lines;
}

// src/evidence/go-types.ts
var GoSyntaxError = class extends Error {
  constructor(file, line, reason) {
    super(`${file}:${line}: cannot read this Go file: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
    this.name = "GoSyntaxError";
  }
  file;
  line;
  reason;
};

// src/evidence/go-tokenizer.ts
var EOF = 0;
var IDENT = 1;
var STRING = 2;
var RUNE = 3;
var NUMBER = 4;
var OP = 5;
var NL = 8;
var OPS3 = /* @__PURE__ */ new Set(["<<=", ">>=", "&^=", "..."]);
var OPS2 = /* @__PURE__ */ new Set([
  "&&",
  "||",
  "<-",
  "++",
  "--",
  "==",
  "!=",
  "<=",
  ">=",
  ":=",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "<<",
  ">>",
  "&^"
]);
var NOT_CONTINUING = /* @__PURE__ */ new Set(["++", "--", ";", ":", ","]);
var KEYWORDS = /* @__PURE__ */ new Set([
  "break",
  "case",
  "chan",
  "const",
  "continue",
  "default",
  "defer",
  "else",
  "fallthrough",
  "for",
  "func",
  "go",
  "goto",
  "if",
  "import",
  "interface",
  "map",
  "package",
  "range",
  "return",
  "select",
  "struct",
  "switch",
  "type",
  "var"
]);
function isIdentStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c >= 128;
}
function isIdentPart(c) {
  return isIdentStart(c) || c >= 48 && c <= 57;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
var OP1 = [];
for (const op of "+-*/%&|^<>=!:;,.~") OP1[op.charCodeAt(0)] = op;
function isOpChar(c) {
  switch (c) {
    case 43:
    case 45:
    case 42:
    case 47:
    case 37:
    case 38:
    case 124:
    case 94:
    case 60:
    case 62:
    case 61:
    case 33:
    case 58:
    case 59:
    case 44:
    case 46:
    case 126:
      return true;
    default:
      return false;
  }
}
function isHexDigit(c) {
  return isDigit(c) || c >= 97 && c <= 102 || c >= 65 && c <= 70;
}
var SIMPLE_ESCAPES = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  "\\": 92
};
function decodeEscapes(file, line, raw) {
  const parts = [];
  let segStart = 0;
  let k = raw.indexOf("\\");
  while (k !== -1) {
    if (k > segStart) parts.push(Buffer.from(raw.slice(segStart, k), "utf8"));
    const e = raw.charAt(k + 1);
    const simple = SIMPLE_ESCAPES[e];
    let next = k + 2;
    if (simple !== void 0) {
      parts.push(Buffer.from([simple]));
    } else if (e === '"') {
      parts.push(Buffer.from([34]));
    } else if (e >= "0" && e <= "7") {
      const digits = raw.slice(k + 1, k + 4);
      if (!/^[0-7]{3}$/.test(digits) || parseInt(digits, 8) > 255) {
        throw new GoSyntaxError(file, line, `invalid octal escape \\${digits} in string literal`);
      }
      parts.push(Buffer.from([parseInt(digits, 8)]));
      next = k + 4;
    } else if (e === "x" || e === "u" || e === "U") {
      const width = e === "x" ? 2 : e === "u" ? 4 : 8;
      const digits = raw.slice(k + 2, k + 2 + width);
      let ok = digits.length === width;
      for (let d = 0; ok && d < width; d++) ok = isHexDigit(digits.charCodeAt(d));
      const value = ok ? parseInt(digits, 16) : -1;
      if (!ok || e !== "x" && (value > 1114111 || value >= 55296 && value < 57344)) {
        throw new GoSyntaxError(file, line, `invalid escape \\${e}${digits} in string literal`);
      }
      parts.push(
        e === "x" ? Buffer.from([value]) : Buffer.from(String.fromCodePoint(value), "utf8")
      );
      next = k + 2 + width;
    } else {
      throw new GoSyntaxError(file, line, `unknown escape sequence \\${e} in string literal`);
    }
    segStart = next;
    k = raw.indexOf("\\", next);
  }
  if (segStart < raw.length) parts.push(Buffer.from(raw.slice(segStart), "utf8"));
  return Buffer.concat(parts).toString("utf8");
}
var CLOSER_OF = { "(": ")", "[": "]", "{": "}" };
function tokenize(file, src, strings) {
  let capacity = Math.max(256, src.length >> 2);
  let kind = new Uint8Array(capacity);
  let line = new Int32Array(capacity);
  let depth = new Int32Array(capacity);
  let match = new Int32Array(capacity).fill(-1);
  const text2 = [];
  let count = 0;
  const grow = () => {
    capacity *= 2;
    const k = new Uint8Array(capacity);
    k.set(kind);
    kind = k;
    const l = new Int32Array(capacity);
    l.set(line);
    line = l;
    const d = new Int32Array(capacity);
    d.set(depth);
    depth = d;
    const m = new Int32Array(capacity).fill(-1);
    m.set(match);
    match = m;
  };
  const len = src.length;
  let i = src.charCodeAt(0) === 65279 ? 1 : 0;
  let ln = 1;
  let newline2 = true;
  let continues = false;
  let stmt = 0;
  let paren = 0;
  const open = [];
  const savedParen = [];
  const funcAt = [];
  const callAt = [];
  const outerCall = [];
  const callee = [];
  const commas = [];
  const kindAt = (p) => (kind[p] ?? 0) & ~NL;
  const calleeBefore = () => {
    let p = count - 1;
    if (p >= 0 && kindAt(p) === OP && text2[p] === "]") p = (match[p] ?? 0) - 1;
    const name = text2[p];
    if (p < 0 || kindAt(p) !== IDENT || name === void 0 || KEYWORDS.has(name)) return void 0;
    if (p >= 2 && kindAt(p - 1) === OP && text2[p - 1] === "." && kindAt(p - 2) === IDENT) {
      return `${text2[p - 2]}.${name}`;
    }
    return name;
  };
  const literal = (value) => {
    const s = { value, line: ln, statement: stmt };
    const at2 = callAt[callAt.length - 1] ?? -1;
    const call = callee[at2];
    if (call !== void 0) {
      s.call = call;
      s.argument = commas[at2] ?? 0;
      const calls = [];
      for (let c = at2; c >= 0; c = outerCall[c] ?? -1) {
        const name = callee[c];
        if (name !== void 0) calls.push({ name, argument: commas[c] ?? 0 });
      }
      s.calls = calls;
    }
    return s;
  };
  const push = (k, t, at2) => {
    if (count === capacity) grow();
    const idx = count++;
    kind[idx] = newline2 ? k | NL : k;
    text2.push(t);
    line[idx] = at2;
    depth[idx] = open.length;
    newline2 = false;
    continues = false;
    return idx;
  };
  const endStatement = () => {
    stmt++;
    while (funcAt.length > 0 && (funcAt[funcAt.length - 1] ?? 0) >= open.length) funcAt.pop();
  };
  const lineBreak = () => {
    newline2 = true;
    if (paren === 0 && !continues) endStatement();
  };
  const countLines = (from, to) => {
    let count2 = 0;
    for (let p = src.indexOf("\n", from); p !== -1 && p < to; p = src.indexOf("\n", p + 1)) count2++;
    return count2;
  };
  while (i < len) {
    const c = src.charCodeAt(i);
    if (c === 10) {
      ln++;
      lineBreak();
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) {
      i++;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < len && isIdentPart(src.charCodeAt(j))) j++;
      const word = src.slice(i, j);
      push(IDENT, word, ln);
      if (word === "func") funcAt.push(open.length);
      i = j;
      continue;
    }
    switch (c) {
      case 47: {
        const c2 = src.charCodeAt(i + 1);
        if (c2 === 47) {
          const end = src.indexOf("\n", i + 2);
          i = end === -1 ? len : end;
          continue;
        }
        if (c2 === 42) {
          const end = src.indexOf("*/", i + 2);
          if (end === -1) throw new GoSyntaxError(file, ln, "unterminated /* comment");
          const lines = countLines(i, end);
          if (lines > 0) {
            ln += lines;
            lineBreak();
          }
          i = end + 2;
          continue;
        }
        break;
      }
      case 34: {
        let j = i + 1;
        let escaped = false;
        for (; ; ) {
          if (j >= len) throw new GoSyntaxError(file, ln, "unterminated string literal");
          const d = src.charCodeAt(j);
          if (d === 34) break;
          if (d === 10) throw new GoSyntaxError(file, ln, "unterminated string literal");
          if (d === 92) {
            escaped = true;
            if (src.charCodeAt(j + 1) === 10) {
              throw new GoSyntaxError(file, ln, "unterminated string literal");
            }
            j += 2;
          } else {
            j++;
          }
        }
        const body = src.slice(i + 1, j);
        const value = escaped ? decodeEscapes(file, ln, body) : body;
        push(STRING, value, ln);
        strings?.push(literal(value));
        i = j + 1;
        continue;
      }
      case 96: {
        const end = src.indexOf("`", i + 1);
        if (end === -1) throw new GoSyntaxError(file, ln, "unterminated raw string literal");
        let value = src.slice(i + 1, end);
        if (value.includes("\r")) value = value.replaceAll("\r", "");
        push(STRING, value, ln);
        strings?.push(literal(value));
        ln += countLines(i, end);
        i = end + 1;
        continue;
      }
      case 39: {
        let j = i + 1;
        for (; ; ) {
          const d = j < len ? src.charCodeAt(j) : 10;
          if (d === 10) throw new GoSyntaxError(file, ln, "unterminated rune literal");
          if (d === 39) break;
          j += d === 92 ? 2 : 1;
        }
        push(RUNE, src.slice(i, j + 1), ln);
        i = j + 1;
        continue;
      }
      case 40:
      case 91:
      case 123: {
        const t = c === 40 ? "(" : c === 91 ? "[" : "{";
        const call = c === 40 ? calleeBefore() : void 0;
        const idx = push(OP, t, ln);
        savedParen.push(paren);
        let inCall = callAt[callAt.length - 1] ?? -1;
        if (c === 123) {
          if (funcAt.length > 0 && funcAt[funcAt.length - 1] === open.length) {
            funcAt.pop();
            paren = 0;
            inCall = -1;
          }
        } else {
          paren++;
        }
        callAt.push(call === void 0 ? inCall : open.length);
        outerCall.push(inCall);
        callee.push(call);
        commas.push(0);
        open.push(idx);
        i++;
        continue;
      }
      case 41:
      case 93:
      case 125: {
        const t = c === 41 ? ")" : c === 93 ? "]" : "}";
        const o = open.pop();
        if (o === void 0) {
          throw new GoSyntaxError(file, ln, `unexpected '${t}' with no open bracket`);
        }
        const opener = text2[o] ?? "";
        if (CLOSER_OF[opener] !== t) {
          throw new GoSyntaxError(
            file,
            ln,
            `'${t}' does not close the '${opener}' opened at line ${line[o] ?? 0}`
          );
        }
        const idx = push(OP, t, ln);
        match[o] = idx;
        match[idx] = o;
        callAt.pop();
        outerCall.pop();
        callee.pop();
        commas.pop();
        paren = savedParen.pop() ?? 0;
        while (funcAt.length > 0 && (funcAt[funcAt.length - 1] ?? 0) > open.length) funcAt.pop();
        i++;
        continue;
      }
      default:
        break;
    }
    if (isDigit(c) || c === 46 && isDigit(src.charCodeAt(i + 1))) {
      const hex = c === 48 && (src.charCodeAt(i + 1) | 32) === 120;
      let j = i + 1;
      for (; j < len; j++) {
        const d = src.charCodeAt(j);
        if (isIdentPart(d) || d === 46) continue;
        if (d === 43 || d === 45) {
          const prev = src.charCodeAt(j - 1) | 32;
          if (!hex && prev === 101 || hex && prev === 112) continue;
        }
        break;
      }
      push(NUMBER, src.slice(i, j), ln);
      i = j;
      continue;
    }
    if (isOpChar(c)) {
      let t = OP1[c] ?? "";
      if (isOpChar(src.charCodeAt(i + 1))) {
        const t3 = src.slice(i, i + 3);
        if (OPS3.has(t3)) t = t3;
        else if (OPS2.has(t3.slice(0, 2))) t = t3.slice(0, 2);
      }
      push(OP, t, ln);
      continues = !NOT_CONTINUING.has(t);
      if (t === "," && commas.length > 0) commas[commas.length - 1]++;
      if (t === ";" && paren === 0) endStatement();
      i += t.length;
      continue;
    }
    throw new GoSyntaxError(
      file,
      ln,
      `unexpected character ${JSON.stringify(String.fromCodePoint(src.codePointAt(i) ?? c))}`
    );
  }
  if (open.length > 0) {
    const first = open[0] ?? 0;
    throw new GoSyntaxError(
      file,
      ln,
      `file ends inside a block opened at line ${line[first] ?? 0} (is it cut short?)`
    );
  }
  return { n: count, kind, text: text2, line, depth, match };
}
var View = class {
  constructor(tokens) {
    this.tokens = tokens;
    this.n = tokens.n;
  }
  tokens;
  n;
  K(i) {
    return (this.tokens.kind[i] ?? EOF) & ~NL;
  }
  T(i) {
    return this.tokens.text[i] ?? "";
  }
  L(i) {
    return this.tokens.line[i] ?? 0;
  }
  M(i) {
    return this.tokens.match[i] ?? -1;
  }
  depth(i) {
    return this.tokens.depth[i] ?? 0;
  }
  newlineBefore(i) {
    return ((this.tokens.kind[i] ?? 0) & NL) !== 0;
  }
  isOp(i, t) {
    return this.K(i) === OP && this.T(i) === t;
  }
  isIdent(i, t) {
    return this.K(i) === IDENT && this.T(i) === t;
  }
  isOpener(i) {
    return this.K(i) === OP && this.M(i) > i;
  }
  /** Index of the next `,` (or `end`) at this bracket level, starting at `i`. */
  elementEnd(i, end) {
    let j = i;
    while (j < end && !this.isOp(j, ",")) j = this.isOpener(j) ? this.M(j) + 1 : j + 1;
    return Math.min(j, end);
  }
};

// src/evidence/go-value-types.ts
function unknownsOf(value) {
  if (value.kind === "unknown") return [value.unknown];
  if (value.kind === "string") return value.unknown;
  return [...value.unknown, ...value.items.flatMap((i) => i.unknown)];
}
function describeCondition(c) {
  if (c.gate !== void 0) return `${c.gate} is ${c.enabled ? "enabled" : "disabled"}`;
  return c.enabled ? c.text : `!(${c.text})`;
}

// src/evidence/yaml-tree.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/evidence/yaml-subset.ts
var FALLBACK = /* @__PURE__ */ Symbol("fallback");
var OUTSIDE = { outside: true };
function readBlockSubset(text2, offset, keys) {
  const lines = [];
  if (!keys) {
    if (!collect(text2, 0, text2.length, offset + 1, lines)) return FALLBACK;
  } else {
    const entries = [{ at: 0, keep: true }];
    for (const m of text2.matchAll(TOP_KEY)) entries.push({ at: m.index, keep: keys.has(m[1]) });
    let line = offset + 1;
    let counted = 0;
    for (let i = 0; i < entries.length; i++) {
      const { at: at2, keep } = entries[i];
      const to = entries[i + 1]?.at ?? text2.length;
      if (!keep || to <= at2) continue;
      for (let nl = text2.indexOf("\n", counted); nl !== -1 && nl < at2; nl = text2.indexOf("\n", nl + 1))
        line++;
      counted = at2;
      if (!collect(text2, at2, to, line, lines)) return FALLBACK;
    }
  }
  if (lines.length === 0) return void 0;
  try {
    const reader = new BlockReader(lines);
    const root = reader.block(lines[0].indent);
    if (!reader.done()) return FALLBACK;
    return root;
  } catch (error) {
    if (error === OUTSIDE) return FALLBACK;
    throw error;
  }
}
var TOP_KEY = /^([A-Za-z_][A-Za-z0-9_.-]*):(?=[ \r\n]|$)/gm;
function collect(text2, from, to, line, lines) {
  let n = line - 1;
  for (let start = from; start < to; ) {
    const newline2 = text2.indexOf("\n", start);
    const stop = newline2 === -1 || newline2 > to ? to : newline2;
    const end = stop > start && text2.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    const lineStart = start;
    start = stop + 1;
    n++;
    let at2 = lineStart;
    while (at2 < end && text2.charCodeAt(at2) === 32) at2++;
    if (at2 === end || text2.charCodeAt(at2) === 35) continue;
    const body = text2.slice(at2, end);
    if (body.includes("	")) return false;
    const indent = at2 - lineStart;
    const first = body.charCodeAt(0);
    if (indent === 0 && (first === 45 || first === 46 || first === 37) && /^(---|\.\.\.|%)/.test(body))
      return false;
    lines.push({ indent, text: body.trimEnd(), line: n });
  }
  return true;
}
var BlockReader = class {
  constructor(lines) {
    this.lines = lines;
  }
  lines;
  at = 0;
  done() {
    return this.at >= this.lines.length;
  }
  peek() {
    return this.lines[this.at];
  }
  /** The block whose first line is at `indent`: a sequence or a mapping. */
  block(indent) {
    const first = this.peek();
    if (first.indent !== indent) throw OUTSIDE;
    return isDash(first.text) ? this.sequence(indent) : this.mapping(indent);
  }
  sequence(indent) {
    const seq = { kind: "seq", line: this.peek().line, items: [] };
    for (let l = this.peek(); l && l.indent === indent && isDash(l.text); l = this.peek()) {
      const rest = l.text.slice(1);
      const content = rest.trimStart();
      if (content === "") {
        this.at++;
        const next = this.peek();
        if (next && next.indent > indent) seq.items.push(this.block(next.indent));
        else seq.items.push({ kind: "scalar", line: l.line, value: null, source: "" });
        continue;
      }
      const column = indent + 1 + (rest.length - content.length);
      if (startsEntry(content)) {
        this.lines[this.at] = { indent: column, text: content, line: l.line };
        seq.items.push(this.mapping(column));
      } else if (isDash(content)) {
        throw OUTSIDE;
      } else {
        this.at++;
        seq.items.push(scalar(content, l.line));
        this.noContinuation(indent);
      }
    }
    return seq;
  }
  mapping(indent) {
    const map = { kind: "map", line: this.peek().line, entries: /* @__PURE__ */ new Map() };
    for (let l = this.peek(); l && l.indent === indent; l = this.peek()) {
      if (isDash(l.text)) throw OUTSIDE;
      const entry = splitEntry(l.text);
      if (!entry || map.entries.has(entry.key)) throw OUTSIDE;
      this.at++;
      let value;
      if (entry.value !== "") {
        value = scalar(entry.value, l.line);
        this.noContinuation(indent);
      } else {
        const next2 = this.peek();
        if (next2 && next2.indent > indent) value = this.block(next2.indent);
        else if (next2 && next2.indent === indent && isDash(next2.text)) value = this.sequence(indent);
        else value = { kind: "scalar", line: l.line, value: null, source: "" };
      }
      map.entries.set(entry.key, { line: l.line, value });
    }
    const next = this.peek();
    if (next && next.indent > indent) throw OUTSIDE;
    return map;
  }
  /** A more indented line after a scalar continues it (a multi-line string): not ours to read. */
  noContinuation(indent) {
    const next = this.peek();
    if (next && next.indent > indent) throw OUTSIDE;
  }
};
function isDash(text2) {
  return text2 === "-" || text2.startsWith("- ");
}
var KEY = /^([A-Za-z_][A-Za-z0-9_.-]*):(?: +(.*))?$/;
function startsEntry(text2) {
  return KEY.test(text2);
}
function splitEntry(text2) {
  const m = KEY.exec(text2);
  if (!m) return void 0;
  const value = m[2] ?? "";
  return { key: m[1], value: value.startsWith("#") ? "" : value };
}
function scalar(written, line) {
  if (written.startsWith("[")) return flowSequence(written, line);
  if (/^\{\}( +#.*)?$/.test(written)) return { kind: "map", line, entries: /* @__PURE__ */ new Map() };
  const quote = written[0];
  if (quote === '"' || quote === "'") {
    const close2 = written.indexOf(quote, 1);
    let end = close2;
    if (quote === "'") {
      end = 1;
      for (; ; ) {
        const q = written.indexOf("'", end);
        if (q === -1) throw OUTSIDE;
        if (written[q + 1] === "'") end = q + 2;
        else {
          end = q;
          break;
        }
      }
    }
    if (end < 1) throw OUTSIDE;
    const inner = written.slice(1, end);
    const after = written.slice(end + 1);
    if (after !== "" && !/^ +#/.test(after)) throw OUTSIDE;
    if (quote === '"' && inner.includes("\\")) throw OUTSIDE;
    const value = quote === "'" ? inner.replaceAll("''", "'") : inner;
    return { kind: "scalar", line, value, source: value };
  }
  const hash = written.indexOf(" #");
  const plain = (hash === -1 ? written : written.slice(0, hash)).trimEnd();
  if (plain === "" || /^[[\]{}&*!|>%@`,#]/.test(plain) || /^[?:-](\s|$)/.test(plain) || plain.includes(": ") || plain.endsWith(":"))
    throw OUTSIDE;
  return { kind: "scalar", line, value: coreSchema(plain), source: plain };
}
function flowSequence(written, line) {
  const seq = { kind: "seq", line, items: [] };
  const parts = [];
  let current = "";
  let quote = "";
  let i = 1;
  for (; i < written.length; i++) {
    const c = written[i];
    if (quote) {
      current += c;
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") {
      current += c;
      quote = c;
    } else if (c === ",") {
      parts.push(current.trim());
      current = "";
    } else if (c === "]") break;
    else current += c;
  }
  const after = written.slice(i + 1);
  if (quote || i === written.length || after !== "" && !/^ +#/.test(after)) throw OUTSIDE;
  if (current.trim() !== "" || parts.length > 0) parts.push(current.trim());
  for (const item2 of parts) {
    if (/^"[^"\\]*"$/.test(item2)) {
      const value = item2.slice(1, -1);
      seq.items.push({ kind: "scalar", line, value, source: value });
    } else if (/^'(?:[^']|'')*'$/.test(item2)) {
      const value = item2.slice(1, -1).replaceAll("''", "'");
      seq.items.push({ kind: "scalar", line, value, source: value });
    } else if (item2 === "" || /[[\]{}#"']|: |:$/.test(item2) || /^[?&*!|>%@`:]/.test(item2) || /^-( |$)/.test(item2)) {
      throw OUTSIDE;
    } else seq.items.push({ kind: "scalar", line, value: coreSchema(item2), source: item2 });
  }
  return seq;
}
function coreSchema(plain) {
  if (!/^[-+.~0-9nNtTfF]/.test(plain)) return plain;
  if (/^(?:~|null|Null|NULL)$/.test(plain)) return null;
  if (/^(?:true|True|TRUE)$/.test(plain)) return true;
  if (/^(?:false|False|FALSE)$/.test(plain)) return false;
  if (/^[-+]?[0-9]+$/.test(plain)) return Number(plain);
  if (/^0o[0-7]+$/.test(plain) || /^0x[0-9a-fA-F]+$/.test(plain)) return Number(plain);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(plain))
    return Number(plain);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(plain)) return plain.startsWith("-") ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(plain)) return NaN;
  return plain;
}

// src/evidence/yaml-keys.ts
var import_yaml = __toESM(require_dist(), 1);
function duplicateKey(doc) {
  const pending = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Map();
      for (const pair of node.items) {
        const key = keyText(pair.key);
        const offset = pair.key?.range?.[0] ?? 0;
        if (key !== void 0) {
          const first = seen.get(key);
          if (first !== void 0)
            return { key: String(pair.key.value), first, again: offset };
          seen.set(key, offset);
        }
        pending.push(pair.value);
        if (!(0, import_yaml.isScalar)(pair.key)) pending.push(pair.key);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i]);
    } else if ((0, import_yaml.isPair)(node)) {
      pending.push(node.key, node.value);
    }
  }
  return void 0;
}
function duplicateKeyProblem(doc, lines, offset = 0) {
  const twice = duplicateKey(doc);
  if (!twice) return void 0;
  const [first, again] = [twice.first, twice.again].map((o) => lines.linePos(o).line + offset);
  return {
    line: again,
    reason: `the key "${twice.key}" is there twice (lines ${first} and ${again})`
  };
}
function keyText(key) {
  if (!(0, import_yaml.isScalar)(key)) return void 0;
  const value = key.value;
  return `${typeof value}:${String(value)}`;
}

// src/evidence/yaml-tree.ts
function readYamlTree(file, text2, options = {}) {
  const offset = (options.firstLine ?? 1) - 1;
  const fast = readBlockSubset(text2, offset, options.keys);
  if (fast !== FALLBACK) return fast;
  const full = readWithLibrary(file, text2, offset, options.what ?? "");
  if (!options.keys || full?.kind !== "map") return full;
  const entries = new Map([...full.entries].filter(([key]) => options.keys.has(key)));
  const first = entries.values().next().value;
  return { kind: "map", line: first?.line ?? full.line, entries };
}
function readWithLibrary(file, text2, offset, what) {
  const counter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text2, { lineCounter: counter, prettyErrors: true, uniqueKeys: false });
  const error = doc.errors[0];
  const subject = what ? `${what} is` : "is";
  if (error) {
    const line = (error.linePos?.[0].line ?? 1) + offset;
    throw new DataError(file, line, `${subject} not valid YAML: ${yamlReason(error.message)}`);
  }
  const twice = duplicateKeyProblem(doc, counter, offset);
  if (twice) throw new DataError(file, twice.line, `${subject} not valid YAML: ${twice.reason}`);
  const lineAt2 = (n) => (n?.range ? counter.linePos(n.range[0]).line : 1) + offset;
  let budget = 1e4;
  const convert = (node, depth) => {
    if (--budget < 0 || depth > 100)
      throw new DataError(file, offset + 1, "cannot be read: too many aliases or nested levels");
    if ((0, import_yaml2.isAlias)(node)) return convert(node.resolve(doc), depth + 1);
    if ((0, import_yaml2.isMap)(node)) {
      const entries = /* @__PURE__ */ new Map();
      for (const pair of node.items) {
        const key = (0, import_yaml2.isScalar)(pair.key) ? String(pair.key.value) : oneLine(String(pair.key));
        const keyNode2 = pair.key;
        entries.set(key, {
          line: lineAt2(keyNode2),
          value: pair.value ? convert(pair.value, depth + 1) : { kind: "scalar", line: lineAt2(keyNode2), value: null, source: "" }
        });
      }
      return { kind: "map", line: lineAt2(node), entries };
    }
    if ((0, import_yaml2.isSeq)(node))
      return {
        kind: "seq",
        line: lineAt2(node),
        items: node.items.map((item2) => convert(item2, depth + 1))
      };
    if ((0, import_yaml2.isScalar)(node)) {
      const value = node.value;
      return {
        kind: "scalar",
        line: lineAt2(node),
        value: typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : value === null || value === void 0 ? null : String(value),
        source: typeof node.source === "string" ? node.source : String(value ?? "")
      };
    }
    return { kind: "scalar", line: offset + 1, value: null, source: "" };
  };
  return doc.contents ? convert(doc.contents, 0) : void 0;
}
function entryOf(node, key) {
  return node?.kind === "map" ? node.entries.get(key) : void 0;
}
function sourceOf(node) {
  return node?.kind === "scalar" ? node.source : void 0;
}

// src/evidence/feature-list.ts
function readFeatureList(file, text2) {
  if (text2.includes("\0"))
    throw new DataError(file, void 0, "is not a text file (binary data where YAML was expected)");
  const list2 = { file, gates: /* @__PURE__ */ new Map(), broken: /* @__PURE__ */ new Map(), duplicates: /* @__PURE__ */ new Map() };
  const items = generatedItems(file, text2) ?? documentItems(file, text2);
  const firstLine = /* @__PURE__ */ new Map();
  for (const item2 of items) {
    const first = firstLine.get(item2.name);
    if (first !== void 0) {
      const all = [...list2.duplicates.get(item2.name) ?? [first], item2.line];
      list2.duplicates.set(item2.name, all);
      list2.broken.set(
        item2.name,
        new DataError(
          file,
          item2.line,
          `gate ${item2.name} is listed ${all.length === 2 ? "twice" : `${all.length} times`} (lines ${all.join(", ")}): regenerate the list`
        )
      );
      list2.gates.delete(item2.name);
      continue;
    }
    firstLine.set(item2.name, item2.line);
    try {
      list2.gates.set(item2.name, item2.read());
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      list2.broken.set(item2.name, error);
    }
  }
  return list2;
}
function entryIn(list2, name) {
  const broken = list2.broken.get(name);
  if (broken) throw broken;
  return list2.gates.get(name);
}
var GENERATED_ENTRY = /^- name: *["']?([A-Za-z0-9_.-]+)["']? *\r?$/gm;
function generatedItems(file, text2) {
  const starts = [...text2.matchAll(GENERATED_ENTRY)];
  const preamble = text2.slice(0, starts[0]?.index ?? text2.length);
  if (!/^(\s*(#.*)?\r?\n)*\s*(#.*)?$/.test(preamble)) return void 0;
  const items = [];
  let line = 1;
  let counted = 0;
  for (let i = 0; i < starts.length; i++) {
    const at2 = starts[i].index;
    line += newlines(text2, counted, at2);
    counted = at2;
    const block2 = text2.slice(at2, starts[i + 1]?.index ?? text2.length);
    const name = starts[i][1];
    let root;
    try {
      root = readYamlTree(file, block2, { firstLine: line });
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      items.push({
        name,
        line,
        read: () => {
          throw error;
        }
      });
      continue;
    }
    if (root?.kind !== "seq" || root.items.length !== 1) return void 0;
    const node = root.items[0];
    const entryLine = line;
    items.push({ name, line, read: () => parseEntry(file, node, name, entryLine) });
  }
  return items;
}
function newlines(text2, from, to) {
  return text2.slice(from, to).split("\n").length - 1;
}
function documentItems(file, text2) {
  const root = readYamlTree(file, text2);
  if (root === void 0 || root.kind === "scalar" && root.value === null) return [];
  if (root.kind !== "seq")
    throw new DataError(
      file,
      root.line,
      'is not a feature list: expected entries like "- name: SomeGate" with versionedSpecs'
    );
  return root.items.map((node) => {
    const name = sourceOf(entryOf(node, "name")?.value);
    if (!name)
      throw new DataError(
        file,
        node.line,
        "each gate should be a mapping with name and versionedSpecs"
      );
    return { name, line: node.line, read: () => parseEntry(file, node, name, node.line) };
  });
}
function parseEntry(file, item2, name, line) {
  const specsNode = entryOf(item2, "versionedSpecs")?.value;
  if (specsNode?.kind !== "seq")
    throw new DataError(file, line, `gate ${name} has no versionedSpecs list`);
  const specs = specsNode.items.map((node) => readSpec(file, name, node));
  return { name, line, layout: "versioned", specs };
}
function readSpec(file, gate, node) {
  if (node.kind !== "map")
    throw new DataError(file, node.line, `gate ${gate}: each spec should be a mapping`);
  const typed = (key, type) => {
    const entry = entryOf(node, key);
    if (!entry) return void 0;
    const v = entry.value;
    const value = v.kind === "scalar" ? v.value : void 0;
    if (typeof value !== type || value === "") {
      const written = v.kind === "scalar" ? JSON.stringify(v.source) : v.kind === "seq" ? "a list" : "a mapping";
      const what = v.kind === "scalar" ? ` (${value === null ? "nothing" : `a ${typeof value}`})` : "";
      throw new DataError(
        file,
        entry.line,
        `gate ${gate}: ${key} is ${written}${what}, not ${type === "boolean" ? "true or false" : "a pre-release such as Beta"}`
      );
    }
    return value;
  };
  const versionText = sourceOf(entryOf(node, "version")?.value) ?? "";
  if (versionText !== "" && !/^\d+\.\d+$/.test(versionText)) {
    throw new DataError(
      file,
      node.line,
      `gate ${gate}: version "${versionText}" should be written like "1.37"`
    );
  }
  return {
    version: versionText || void 0,
    default: typed("default", "boolean") === true,
    lockToDefault: typed("lockToDefault", "boolean") === true,
    preRelease: typed("preRelease", "string") ?? "",
    line: node.line
  };
}

// src/evidence/go-featuregate.ts
function readVersion(v, a, b) {
  if (v.K(a) === IDENT && v.isOp(a + 1, ".") && v.K(a + 2) === IDENT && v.isOp(a + 3, "(")) {
    const fn = v.T(a + 2);
    const close2 = v.M(a + 3);
    const last = v.isOp(close2 - 1, ",") ? close2 - 1 : close2;
    if (close2 === b - 1) {
      if (fn.startsWith("MustParse") && v.K(a + 4) === STRING && last === a + 5) return v.T(a + 4);
      if (fn === "MajorMinor" && v.K(a + 4) === NUMBER && v.isOp(a + 5, ",") && v.K(a + 6) === NUMBER && last === a + 7) {
        return `${v.T(a + 4)}.${v.T(a + 6)}`;
      }
    }
  }
  const parts = [];
  for (let j = a; j < b; j++) parts.push(v.T(j));
  return parts.join("");
}
function readSpec2(v, open) {
  const spec = {
    default: false,
    lockToDefault: false,
    preRelease: "GA",
    line: v.L(open)
  };
  const end = v.M(open);
  for (let i = open + 1; i < end; ) {
    const j = v.elementEnd(i, end);
    if (v.K(i) === IDENT && v.isOp(i + 1, ":") && i + 2 < j) {
      const a = i + 2;
      switch (v.T(i)) {
        case "Version":
          spec.version = readVersion(v, a, j);
          break;
        case "Default":
          spec.default = j === a + 1 && v.isIdent(a, "true");
          break;
        case "LockToDefault":
          spec.lockToDefault = j === a + 1 && v.isIdent(a, "true");
          break;
        case "PreRelease":
          for (let p = j - 1; p >= a; p--) {
            if (v.K(p) === IDENT) {
              spec.preRelease = v.T(p);
              break;
            }
          }
          break;
        default:
          break;
      }
    }
    i = j + 1;
  }
  return spec;
}
function skipType(v, i, end) {
  let j = i;
  while (j < end && (v.K(j) === IDENT || v.isOp(j, ".") || v.isOp(j, "*"))) j++;
  return j;
}
function readSpecMap(v, open, layout, out) {
  const end = v.M(open);
  for (let i = open + 1; i < end; ) {
    const j = v.elementEnd(i, end);
    let value = -1;
    let name = "";
    let qualifier;
    if (v.K(i) === IDENT && v.isOp(i + 1, ":")) {
      name = v.T(i);
      value = i + 2;
    } else if (v.K(i) === IDENT && v.isOp(i + 1, ".") && v.K(i + 2) === IDENT && v.isOp(i + 3, ":")) {
      qualifier = v.T(i);
      name = v.T(i + 2);
      value = i + 4;
    }
    if (value !== -1) {
      const gate = qualifier === void 0 ? { name, line: v.L(i), layout, specs: [] } : { name, qualifier, line: v.L(i), layout, specs: [] };
      const brace = skipType(v, value, j);
      if (v.isOp(brace, "{")) {
        if (layout === "unversioned") {
          gate.specs.push(readSpec2(v, brace));
        } else {
          const listEnd = v.M(brace);
          for (let e = brace + 1; e < listEnd; ) {
            const f = v.elementEnd(e, listEnd);
            const b = skipType(v, e, f);
            if (v.isOp(b, "{")) gate.specs.push(readSpec2(v, b));
            e = f + 1;
          }
        }
      }
      out.push(gate);
    }
    i = j + 1;
  }
}
function specMapAt(v, i, featuregateNames, out) {
  const isFeaturegate = (j) => v.K(j) === IDENT && featuregateNames.has(v.T(j));
  if (!v.isOp(i + 1, "[") || !isFeaturegate(i + 2) || !v.isOp(i + 3, ".") || !v.isIdent(i + 4, "Feature") || !v.isOp(i + 5, "]") || !isFeaturegate(i + 6) || !v.isOp(i + 7, ".") || !v.isOp(i + 9, "{") || // `func f() map[...]... {` is a result type followed by a body, not a literal.
  v.isOp(i - 1, ")")) {
    return;
  }
  const elem = v.T(i + 8);
  if (v.K(i + 8) !== IDENT) return;
  if (elem === "VersionedSpecs") readSpecMap(v, i + 9, "versioned", out);
  else if (elem === "FeatureSpec") readSpecMap(v, i + 9, "unversioned", out);
}
function featureConstAt(v, i, featuregateNames, out) {
  const isFeaturegate = (j) => v.K(j) === IDENT && featuregateNames.has(v.T(j));
  if (isFeaturegate(i + 1) && v.isOp(i + 2, ".") && v.isIdent(i + 3, "Feature") && v.isOp(i + 4, "=") && v.K(i + 5) === STRING) {
    out.push({ name: v.T(i), value: v.T(i + 5), line: v.L(i) });
  } else if (
    // Name = featuregate.Feature("Value")
    v.isOp(i + 1, "=") && isFeaturegate(i + 2) && v.isOp(i + 3, ".") && v.isIdent(i + 4, "Feature") && v.isOp(i + 5, "(") && v.K(i + 6) === STRING && v.isOp(i + 7, ")")
  ) {
    out.push({ name: v.T(i), value: v.T(i + 6), line: v.L(i) });
  }
}
function majorMinor(v) {
  const m = /^v?(\d+)\.(\d+)/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2])] : void 0;
}
function effectiveSpec(specs, target) {
  const at2 = majorMinor(target);
  if (!at2) throw new Error(`effectiveSpec: target ${JSON.stringify(target)} is not major.minor`);
  let best2;
  let bestVersion;
  let unversioned;
  for (const spec of specs) {
    if (spec.version === void 0) {
      unversioned ??= spec;
      continue;
    }
    const v = majorMinor(spec.version);
    if (!v || v[0] > at2[0] || v[0] === at2[0] && v[1] > at2[1]) continue;
    if (!bestVersion || v[0] > bestVersion[0] || v[0] === bestVersion[0] && v[1] >= bestVersion[1]) {
      best2 = spec;
      bestVersion = v;
    }
  }
  return best2 ?? unversioned;
}

// src/evidence/go.ts
var FEATUREGATE_PATH = "k8s.io/component-base/featuregate";
function addImport(v, pathTok, aliasTok, imports, featuregateNames) {
  const path = v.T(pathTok);
  const alias = aliasTok === void 0 ? void 0 : v.T(aliasTok);
  const line = v.L(pathTok);
  imports.push(alias === void 0 ? { path, line } : { path, alias, line });
  if (path === FEATUREGATE_PATH && alias !== void 0 && alias !== "_" && alias !== ".") {
    featuregateNames.add(alias);
  }
}
function readImports(v, i, imports, featuregateNames) {
  const isAlias2 = (j) => (v.K(j) === IDENT || v.isOp(j, ".")) && v.K(j + 1) === STRING;
  if (v.isOp(i + 1, "(")) {
    const end = v.M(i + 1);
    for (let j = i + 2; j < end; j++) {
      if (v.K(j) === STRING) {
        addImport(v, j, void 0, imports, featuregateNames);
      } else if (isAlias2(j)) {
        addImport(v, j + 1, j, imports, featuregateNames);
        j++;
      }
    }
  } else if (v.K(i + 1) === STRING) {
    addImport(v, i + 1, void 0, imports, featuregateNames);
  } else if (isAlias2(i + 1)) {
    addImport(v, i + 2, i + 1, imports, featuregateNames);
  }
}
function readFunc(v, i) {
  let j = i + 1;
  if (v.isOp(j, "(")) j = v.M(j) + 1;
  if (v.K(j) !== IDENT) return void 0;
  const name = v.T(j++);
  if (v.isOp(j, "[")) j = v.M(j) + 1;
  if (!v.isOp(j, "(")) return void 0;
  j = v.M(j) + 1;
  while (j < v.n && !v.newlineBefore(j)) {
    if ((v.isIdent(j, "struct") || v.isIdent(j, "interface")) && v.isOp(j + 1, "{")) {
      j = v.M(j + 1) + 1;
    } else if (v.isOp(j, "{")) {
      return { name, startLine: v.L(i), endLine: v.L(v.M(j)) };
    } else {
      j = v.isOpener(j) ? v.M(j) + 1 : j + 1;
    }
  }
  return void 0;
}
function isTypeParams(v, open) {
  const next = open + 2;
  return v.K(open + 1) === IDENT && (v.K(next) === IDENT || v.isOp(next, "~") || v.isOp(next, ",") || v.isOp(next, "*"));
}
function readTypeSpec(v, i) {
  if (v.K(i) !== IDENT) return void 0;
  let j = i + 1;
  if (v.isOp(j, "[") && isTypeParams(v, j)) j = v.M(j) + 1;
  if (v.isOp(j, "=")) j++;
  return { name: v.T(i), line: v.L(i), struct: v.isIdent(j, "struct") };
}
function readTypes(v, i, types) {
  if (!v.isOp(i + 1, "(")) {
    const spec = readTypeSpec(v, i + 1);
    if (spec) types.push(spec);
    return;
  }
  const end = v.M(i + 1);
  for (let j = i + 2; j < end; j = v.isOpener(j) ? v.M(j) + 1 : j + 1) {
    if (v.newlineBefore(j) || v.isOp(j - 1, ";") || j === i + 2) {
      const spec = readTypeSpec(v, j);
      if (spec) types.push(spec);
    }
  }
}
function read(file, source) {
  const nul = source.indexOf("\0");
  if (nul !== -1) {
    const at2 = source.slice(0, nul).split("\n").length;
    throw new GoSyntaxError(file, at2, "not a text file");
  }
  const strings = [];
  const v = new View(tokenize(file, source, strings));
  const facts = {
    featureConsts: [],
    specMaps: [],
    imports: [],
    strings,
    funcs: [],
    types: [],
    selectors: []
  };
  const featuregateNames = /* @__PURE__ */ new Set(["featuregate"]);
  let constGroupEnd = -1;
  for (let i = 0; i < v.n; i++) {
    if (v.K(i) !== IDENT) continue;
    const t = v.T(i);
    if (v.isOp(i + 1, ".") && v.K(i + 2) === IDENT) {
      facts.selectors.push({ qualifier: t, name: v.T(i + 2), line: v.L(i) });
    }
    switch (t) {
      case "import":
        if (v.depth(i) === 0) readImports(v, i, facts.imports, featuregateNames);
        break;
      case "const":
        if (v.isOp(i + 1, "(")) constGroupEnd = v.M(i + 1);
        else featureConstAt(v, i + 1, featuregateNames, facts.featureConsts);
        break;
      case "func":
        if (v.depth(i) === 0 && (v.newlineBefore(i) || v.isOp(i - 1, ";"))) {
          const func = readFunc(v, i);
          if (func) facts.funcs.push(func);
        }
        break;
      case "type":
        if (v.depth(i) === 0) readTypes(v, i, facts.types);
        break;
      case "map":
        specMapAt(v, i, featuregateNames, facts.specMaps);
        break;
      default:
        if (i < constGroupEnd) featureConstAt(v, i, featuregateNames, facts.featureConsts);
        break;
    }
  }
  return facts;
}
function readGoFacts(file, source) {
  try {
    return read(file, source);
  } catch (e) {
    if (e instanceof GoSyntaxError) throw e;
    throw new GoSyntaxError(file, 0, `internal reader error: ${e?.message ?? String(e)}`);
  }
}

// src/evidence/go-scope.ts
var STATEMENT_KEYWORDS = /* @__PURE__ */ new Set(["if", "for", "switch"]);
function startsStatement(f, i) {
  const v = f.v;
  if (i === 0 || v.newlineBefore(i)) return true;
  const prev = v.T(i - 1);
  return v.isOp(i - 1, ";") || v.isOp(i - 1, "{") || v.isOp(i - 1, ":") || v.K(i - 1) === IDENT && (STATEMENT_KEYWORDS.has(prev) || prev === "case");
}
function identList(f, i) {
  const v = f.v;
  let first = i;
  while (v.isOp(first - 1, ",") && v.K(first - 2) === IDENT) first -= 2;
  let last = i;
  while (v.isOp(last + 1, ",") && v.K(last + 2) === IDENT) last += 2;
  return { first, last };
}
function headerBody(f, k) {
  const v = f.v;
  for (let j = k + 1; j < v.n; ) {
    if (v.isOp(j, "{")) {
      const after = v.M(j) + 1;
      if (after >= v.n || v.newlineBefore(after) || v.isIdent(after, "else") || v.isOp(after, ";") || v.M(after) >= 0 && v.M(after) < after) {
        return j;
      }
    }
    if (v.M(j) >= 0 && v.M(j) < j) return -1;
    j = v.isOpener(j) ? v.M(j) + 1 : j + 1;
  }
  return -1;
}
function ifChainEnd(f, open) {
  const v = f.v;
  let close2 = v.M(open);
  while (v.isIdent(close2 + 1, "else")) {
    const next = v.isIdent(close2 + 2, "if") ? headerBody(f, close2 + 2) : close2 + 2;
    if (next < 0 || !v.isOp(next, "{")) break;
    close2 = v.M(next);
  }
  return close2;
}
var HEADER_KEYWORDS = /* @__PURE__ */ new Set(["if", "else", "for", "switch", "select"]);
function headerStart(f, b) {
  const v = f.v;
  const last = segmentStart(f, b);
  if (isHeaderKeyword(f, last)) return last;
  for (let k = last; v.isOp(k - 1, ";"); ) {
    k = segmentStart(f, k - 1);
    if (isHeaderKeyword(f, k)) return k;
  }
  return last;
}
function isHeaderKeyword(f, k) {
  return f.v.K(k) === IDENT && HEADER_KEYWORDS.has(f.v.T(k));
}
function segmentStart(f, b) {
  const v = f.v;
  let k = b - 1;
  while (k >= 0) {
    if (v.isOp(k, ";") || v.isOp(k, ":") || v.isOpener(k)) return k + 1;
    if (v.isOp(k, "}") && v.isIdent(k + 1, "else")) return k + 1;
    if (v.newlineBefore(k) && (k === 0 || endsStatement(f, k - 1))) return k;
    k = v.M(k) >= 0 && v.M(k) < k ? v.M(k) - 1 : k - 1;
  }
  return 0;
}
function endsStatement(f, i) {
  const v = f.v;
  const t = v.T(i);
  if (v.K(i) === IDENT || v.K(i) === 2 || v.K(i) === 3 || v.K(i) === 4) return true;
  return t === ")" || t === "]" || t === "}" || t === "++" || t === "--";
}
function signatureNames(f, sig) {
  const v = f.v;
  const out = [];
  for (let j = sig[0]; j < sig[1]; ) {
    if (!v.isOp(j, "(")) {
      j = v.isOpener(j) ? v.M(j) + 1 : j + 1;
      continue;
    }
    const items = f.split(j + 1, v.M(j));
    const named = items.some(
      ([s, e]) => e - s > 1 && v.K(s) === IDENT && !v.isOp(s + 1, ".") && !v.isOp(s + 1, ",")
    );
    if (named) {
      for (const [s] of items) if (v.K(s) === IDENT) out.push(s);
    }
    j = v.M(j) + 1;
  }
  return out;
}
function bindingOf(f, name, use) {
  const v = f.v;
  const found = [];
  const bodies = f.bodies.filter((b) => b.open < use && use < b.close);
  for (const body of bodies) {
    for (const at2 of signatureNames(f, body.signature)) {
      if (v.T(at2) === name) {
        found.push({
          kind: "param",
          at: at2,
          func: body.name ?? "a func literal",
          scope: [body.open, body.close]
        });
      }
    }
  }
  const outer = bodies.reduce((a, b) => b.open < a.open ? b : a, bodies[0]);
  if (outer) {
    for (let j = outer.open + 1; j < use; j++) {
      if (v.K(j) !== IDENT || v.T(j) !== name || v.isOp(j - 1, ".")) continue;
      const b = declarationAt(f, j);
      if (b && b.scope[0] <= use && use <= b.scope[1]) found.push(b);
    }
  }
  let best2;
  for (const b of found) {
    if (!best2 || b.scope[1] < best2.scope[1] || b.scope[1] === best2.scope[1] && b.at < best2.at) {
      best2 = b;
    }
  }
  return best2;
}
function declarationAt(f, j) {
  const v = f.v;
  const { first, last } = identList(f, j);
  const position = (j - first) / 2;
  const count = (last - first) / 2 + 1;
  if (v.isOp(last + 1, ":=") && startsStatement(f, first)) {
    const keyword2 = first > 0 && v.K(first - 1) === IDENT ? v.T(first - 1) : "";
    const header = STATEMENT_KEYWORDS.has(keyword2) ? first - 1 : -1;
    const body = header >= 0 ? headerBody(f, header) : -1;
    const scope = header >= 0 && body >= 0 ? [j, keyword2 === "if" ? ifChainEnd(f, body) : v.M(body)] : [j, v.M(f.enclosingBlock(j))];
    if (v.isIdent(last + 2, "range") && body >= 0) {
      return {
        kind: "range",
        at: j,
        over: [last + 3, body],
        key: count === 2 && position === 0,
        single: count === 1,
        scope
      };
    }
    let end = f.statementEnd(last + 2);
    if (body >= 0 && end > body) end = body;
    return local(f, j, f.split(last + 2, end), position, count, void 0, scope);
  }
  const paren = f.enclosing(first);
  const inGroup = paren >= 0 && v.isOp(paren, "(") && (v.isIdent(paren - 1, "var") || v.isIdent(paren - 1, "const"));
  const keywordAt = inGroup ? paren - 1 : first - 1;
  const keyword = v.T(keywordAt);
  if ((keyword === "var" || keyword === "const") && v.K(keywordAt) === IDENT) {
    if (inGroup && !startsStatement(f, first) && first !== paren + 1) return void 0;
    const group = inGroup ? v.M(paren) : -1;
    let end = f.statementEnd(first);
    if (group >= 0 && end > group) end = group;
    let eq = last + 1;
    while (eq < end && !v.isOp(eq, "=")) eq = v.isOpener(eq) ? v.M(eq) + 1 : eq + 1;
    const type = eq > last + 1 ? [last + 1, eq] : void 0;
    const values = eq < end ? f.split(eq + 1, end) : [];
    return local(f, j, values, position, count, type, [j, v.M(f.enclosingBlock(j))]);
  }
  return void 0;
}
function local(f, at2, values, position, count, type, scope) {
  const b = { kind: "local", at: at2, scope };
  if (type) b.type = type;
  if (values.length === count) b.value = values[position];
  else if (values.length > 0) b.multi = true;
  return b;
}
var READ_ONLY_CALLERS = new Set(
  "fmt strings errors field klog sets len cap string append".split(" ")
);
var READ_ONLY_METHODS = new Set(
  "Has HasAll HasAny Len List UnsortedList Equal IsSuperset Union Difference Intersection Clone PopAny Info InfoS Infof Error ErrorS Errorf Warning Warningf V".split(
    " "
  )
);
function changesOf(f, name, binding, use) {
  const v = f.v;
  const out = [];
  const [from, to] = binding.scope;
  const loops = loopsAround(f, use, from);
  const reaches = (j) => j < use || loops.some(([s, e]) => s < j && j < e);
  for (let j = from; j <= to; j++) {
    if (j === binding.at || j === use || v.K(j) !== IDENT || v.T(j) !== name || v.isOp(j - 1, "."))
      continue;
    if (!reaches(j) || bindingOf(f, name, j)?.at !== binding.at) continue;
    const inner = declarationAt(f, j);
    if (inner && inner.scope[1] !== binding.scope[1]) continue;
    const change = changeAt(f, j, name);
    if (change) out.push(change);
  }
  return out;
}
function changeAt(f, j, name) {
  const v = f.v;
  if (v.isOp(j - 1, "&")) return { kind: "escape", at: j, values: [] };
  if (v.isOp(j + 1, ".") && v.K(j + 2) === IDENT && v.isOp(j + 3, "(")) {
    const method = v.T(j + 2);
    const args = f.split(j + 4, v.M(j + 3));
    if (method === "Insert") return { kind: "insert", at: j, values: args };
    if (method === "Delete" || method === "Clear") return { kind: "remove", at: j, values: [] };
    return void 0;
  }
  const { first, last } = identList(f, j);
  const op = v.T(last + 1);
  if ((op === "=" || op === ":=") && startsStatement(f, first)) {
    const values = f.split(last + 2, f.statementEnd(last + 2));
    const count = (last - first) / 2 + 1;
    const value = values.length === count ? values[(j - first) / 2] : void 0;
    if (!value) return { kind: "unknown-assign", at: j, values: [] };
    if (v.isIdent(value[0], "append") && v.isOp(value[0] + 1, "(") && v.M(value[0] + 1) === value[1] - 1 && v.isIdent(value[0] + 2, name)) {
      return { kind: "insert", at: j, values: f.split(value[0] + 2, value[1] - 1).slice(1) };
    }
    return { kind: "assign", at: j, values: [value] };
  }
  if (op === "+=" && first === last && startsStatement(f, j)) {
    return { kind: "append-text", at: j, values: [[j + 2, f.statementEnd(j + 2)]] };
  }
  const call = f.enclosing(j);
  if (call >= 0 && v.isOp(call, "(") && v.K(call - 1) === IDENT) {
    const callee = v.T(call - 1);
    const qualifier = v.isOp(call - 2, ".") ? v.T(call - 3) : callee;
    if (!READ_ONLY_CALLERS.has(qualifier) && !READ_ONLY_METHODS.has(callee)) {
      return { kind: "passed", at: j, values: [] };
    }
  }
  return void 0;
}
function loopsAround(f, i, from) {
  const out = [];
  for (let b = f.enclosingBlock(i); b > from; b = f.enclosingBlock(b)) {
    if (f.v.isIdent(headerStart(f, b), "for")) out.push([b, f.v.M(b)]);
  }
  return out;
}

// src/evidence/go-conditions.ts
function gateRead(f, range) {
  const v = f.v;
  let [s, e] = range;
  let enabled = true;
  for (; ; ) {
    if (v.isOp(s, "!")) {
      enabled = !enabled;
      s++;
    } else if (v.isOp(s, "(") && v.M(s) === e - 1) {
      s++;
      e--;
    } else break;
  }
  const close2 = e - 1;
  const open = v.M(close2);
  if (!v.isOp(close2, ")") || open <= s || !v.isIdent(open - 1, "Enabled")) {
    if (e === s + 1 && v.K(s) === IDENT) {
      const b = bindingOf(f, v.T(s), s);
      if (b?.kind === "local" && b.value && !b.multi) {
        const read2 = gateRead(f, b.value);
        return read2 && { gate: read2.gate, enabled: read2.enabled === enabled };
      }
    }
    return void 0;
  }
  const args = f.split(open + 1, close2);
  const arg = args[0];
  if (args.length !== 1 || !arg) return void 0;
  let last = arg[1] - 1;
  while (last >= arg[0] && v.K(last) !== IDENT) last--;
  return last >= arg[0] ? { gate: v.T(last), enabled } : void 0;
}
function conditionsIn(f, range) {
  return f.split(range[0], range[1], "&&").map((conjunct) => {
    const at2 = { file: f.file, line: f.line(conjunct[0]) };
    const read2 = gateRead(f, conjunct);
    const text2 = f.text(conjunct);
    return read2 ? { text: text2, gate: read2.gate, enabled: read2.enabled, at: at2 } : { text: text2, enabled: true, at: at2 };
  });
}
function negation(conditions) {
  if (conditions.length === 1) {
    const c = conditions[0];
    return [{ ...c, enabled: !c.enabled }];
  }
  if (conditions.length === 0) return [];
  return [{ text: conditions.map((c) => c.text).join(" && "), enabled: false, at: conditions[0].at }];
}
function ifConditionRange(f, k, open) {
  const v = f.v;
  let from = k + 1;
  for (let j = from; j < open; j = v.isOpener(j) ? v.M(j) + 1 : j + 1) {
    if (v.isOp(j, ";")) from = j + 1;
  }
  return [from, open];
}
function ifCondition(f, k, open) {
  return conditionsIn(f, ifConditionRange(f, k, open));
}
function blockConditions(f, b, inside) {
  const v = f.v;
  if (f.bodies.some((body) => body.open === b)) {
    return [{ text: "inside a func literal", enabled: true, at: { file: f.file, line: f.line(b) } }];
  }
  const start = headerStart(f, b);
  const keyword = v.T(start);
  if (keyword === "if") return ifCondition(f, start, b);
  if (keyword === "else") {
    const previous = v.M(start - 1);
    const before = previous >= 0 ? chainConditions(f, previous) : [];
    const own = v.isIdent(start + 1, "if") ? ifCondition(f, start + 1, b) : [];
    return [...before, ...own];
  }
  if (keyword === "for") {
    return [{ text: f.text([start, b]), enabled: true, at: { file: f.file, line: f.line(start) } }];
  }
  if (keyword === "switch" || keyword === "select") return caseConditions(f, start, b, inside);
  return [];
}
function chainConditions(f, open) {
  const v = f.v;
  const start = headerStart(f, open);
  const keyword = v.T(start);
  const at2 = keyword === "else" ? start + 1 : start;
  if (!v.isIdent(at2, "if")) return [];
  const own = negation(ifCondition(f, at2, open));
  if (keyword !== "else") return own;
  const previous = v.M(start - 1);
  return previous >= 0 ? [...chainConditions(f, previous), ...own] : own;
}
function caseLabelAt(f, b, i) {
  const v = f.v;
  const depth = v.depth(b) + 1;
  let label = -1;
  for (let j = b + 1; j < i; j++) {
    if (v.depth(j) === depth && (v.isIdent(j, "case") || v.isIdent(j, "default"))) label = j;
  }
  if (label < 0) return void 0;
  let colon = label + 1;
  while (colon < i && !(v.depth(colon) === depth && v.isOp(colon, ":"))) colon++;
  return { label, colon };
}
function caseConditions(f, start, b, i) {
  const v = f.v;
  const found = caseLabelAt(f, b, i);
  if (!found) return [];
  const { label, colon } = found;
  const at2 = { file: f.file, line: f.line(label) };
  if (v.isIdent(label, "default")) return [{ text: "default case", enabled: true, at: at2 }];
  const tagless = v.isOp(b - 1, ";") || b === start + 1;
  const cases = f.split(label + 1, colon);
  if (tagless && cases.length === 1) return conditionsIn(f, cases[0]);
  return [{ text: `${f.text([start, b])} case ${f.text([label + 1, colon])}`, enabled: true, at: at2 }];
}
function earlyReturns(f, b, from, until) {
  const v = f.v;
  const depth = v.depth(b) + 1;
  const out = [];
  for (let j = Math.max(b + 1, from); j < until; j++) {
    if (v.depth(j) !== depth || !v.isIdent(j, "if")) continue;
    if (!v.newlineBefore(j) && !v.isOp(j - 1, ";") && !v.isOp(j - 1, "{")) continue;
    const open = headerBody(f, j);
    if (open < 0 || v.M(open) >= until || v.isIdent(v.M(open) + 1, "else")) continue;
    let returns = false;
    for (let k = open + 1; k < v.M(open); k++) {
      if (v.depth(k) === depth + 1 && v.isIdent(k, "return")) returns = true;
    }
    const conditions = ifCondition(f, j, open);
    const only = conditions[0];
    if (returns && conditions.length === 1 && only?.gate !== void 0) {
      out.push({ ...only, enabled: !only.enabled });
    }
  }
  return out;
}
function conditionsAt(f, i, stop, from) {
  const out = [];
  let child = i;
  for (let b = f.enclosingBlock(i); b >= 0; b = f.enclosingBlock(b)) {
    out.push(...earlyReturns(f, b, from, child));
    if (b <= stop) break;
    out.push(...blockConditions(f, b, i));
    child = b;
  }
  return out;
}

// src/evidence/go-format.ts
var MAX_ALTERNATIVES = 64;
var MAX_CONDITIONAL_ITEMS = 5;
var HOLE = "\u2026";
function known(text2, from, when = []) {
  return { kind: "string", text: text2, from, unknown: [], when };
}
function unknownValue(at2, expr, why) {
  return { kind: "unknown", unknown: { at: at2, expr, why } };
}
function hole(from, unknown) {
  return { kind: "string", text: HOLE, from, unknown, when: [] };
}
function asString(value, from) {
  if (value.kind === "string") return value;
  if (value.kind === "unknown") return hole(from, [value.unknown]);
  const items = value.items.filter((i) => i.when.length === 0);
  const texts = items.map((i) => i.text);
  if (value.shape === "set") texts.sort();
  const holes = value.unknown.length > 0 || items.length < value.items.length ? [HOLE] : [];
  const body = value.shape === "set" ? texts.map((t) => `${t}:{}`) : texts;
  const text2 = value.shape === "set" ? `map[${[...body, ...holes].join(" ")}]` : `[${[...body, ...holes].join(" ")}]`;
  const unknown = [...value.unknown, ...items.flatMap((i) => i.unknown)];
  if (items.length < value.items.length) {
    unknown.push({
      at: value.from,
      expr: "a conditional item",
      why: "an item that is in the list only under a condition"
    });
  }
  return { kind: "string", text: text2, from, unknown, when: [] };
}
function combine(parts, at2, expr, join2) {
  let total = 1;
  for (const p of parts) total *= Math.max(p.length, 1);
  if (total > MAX_ALTERNATIVES) {
    return [unknownValue(at2, expr, `more than ${MAX_ALTERNATIVES} possible values`)];
  }
  let rows = [[]];
  for (const p of parts) {
    const next = [];
    for (const row of rows) for (const alt of p) next.push([...row, asString(alt, at2)]);
    rows = next;
  }
  return rows.map(join2);
}
function concat(parts, at2, expr) {
  if (parts.some((p) => p.some((v) => v.kind === "list"))) {
    return [unknownValue(at2, expr, "a `+` of something other than strings")];
  }
  return combine(parts, at2, expr, (strings) => ({
    kind: "string",
    text: strings.map((s) => s.text).join(""),
    from: at2,
    unknown: strings.flatMap((s) => s.unknown),
    when: strings.flatMap((s) => s.when)
  }));
}
var VERB = /%([-+# 0]*)(\d+|\*)?(?:\.(\d+|\*)?)?(\[\d+\])?([a-zA-Z%])/g;
function sprintf(format2, args, at2, expr) {
  return combine([format2, ...args], at2, expr, ([fmt, ...values]) => formatOne(fmt, values, at2));
}
function formatOne(format2, args, at2) {
  const unknown = [...format2.unknown];
  const when = [...format2.when, ...args.flatMap((a) => a.when)];
  const text2 = format2.unknown.length > 0 ? HOLE : applyVerbs(format2.text, args, at2, unknown);
  return { kind: "string", text: text2, from: at2, unknown, when };
}
function applyVerbs(format2, args, at2, unknown) {
  let next = 0;
  let reordered = false;
  let text2 = format2.replace(VERB, (whole, _flags, width, precision, index, verb) => {
    if (verb === "%") return "%";
    if (width === "*") next++;
    if (precision === "*") next++;
    if (index !== void 0) {
      reordered = true;
      next = Number(index.slice(1, -1)) - 1;
    }
    const arg = args[next++];
    if (width === "*" || precision === "*") {
      unknown.push({ at: at2, expr: whole, why: `a ${whole} verb, which the reader does not apply` });
      return HOLE;
    }
    if (!arg) return index === void 0 ? `%!${verb}(MISSING)` : `%!${verb}(BADINDEX)`;
    unknown.push(...arg.unknown);
    if (arg.unknown.length > 0 && arg.text === HOLE) return HOLE;
    switch (verb) {
      case "s":
      case "v":
        return arg.text;
      case "q":
        return JSON.stringify(arg.text);
      case "d":
        return /^-?\d+$/.test(arg.text) ? arg.text : `%!d(string=${arg.text})`;
      default:
        unknown.push({ at: at2, expr: whole, why: `a %${verb} verb, which the reader does not apply` });
        return HOLE;
    }
  });
  if (reordered) return text2;
  for (const extra of args.slice(next)) {
    text2 += `%!(EXTRA string=${extra.text})`;
    unknown.push(...extra.unknown);
  }
  return text2;
}
function join(lists, seps, at2, expr) {
  const out = [];
  for (const list2 of lists) {
    if (list2.kind !== "list") {
      out.push(
        list2.kind === "unknown" ? list2 : unknownValue(at2, expr, "strings.Join of something that is not a list")
      );
      continue;
    }
    for (const sep of seps) {
      if (sep.kind !== "string" || sep.unknown.length > 0) {
        out.push(unknownValue(at2, expr, "a separator the reader cannot read"));
        continue;
      }
      out.push(...joinOne(list2, sep.text, at2, expr));
    }
    if (out.length > MAX_ALTERNATIVES)
      return [unknownValue(at2, expr, `more than ${MAX_ALTERNATIVES} possible values`)];
  }
  return out;
}
function joinOne(list2, sep, at2, expr) {
  const conditional = list2.items.filter((i) => i.when.length > 0);
  if (conditional.length > MAX_CONDITIONAL_ITEMS) {
    return [unknownValue(at2, expr, "a list with too many conditional items")];
  }
  const out = [];
  for (let mask = 0; mask < 1 << conditional.length; mask++) {
    const when = [];
    const present = list2.items.filter((item2) => {
      const k = conditional.indexOf(item2);
      if (k < 0) return true;
      const inSet = (mask & 1 << k) !== 0;
      when.push(...inSet ? item2.when : negation(item2.when));
      return inSet;
    });
    const parts = present.map((i) => i.text);
    const unknown = [...list2.unknown, ...present.flatMap((i) => i.unknown)];
    if (list2.unknown.length > 0) parts.push(HOLE);
    out.push({ kind: "string", text: parts.join(sep), from: at2, unknown, when });
  }
  return out;
}

// src/evidence/go-call.ts
var GoCall = class {
  constructor(f, callee, open) {
    this.f = f;
    this.callee = callee;
    this.open = open;
  }
  f;
  callee;
  open;
  argRanges;
  /** The method or function called: `InfoS` in `klog.V(2).InfoS(…)`. */
  get method() {
    return this.f.v.T(this.callee);
  }
  /** The identifiers of the callee, outermost first: ['klog', 'V', 'InfoS']. */
  get chain() {
    return this.walk().chain;
  }
  /** The first token of the callee. */
  get start() {
    return this.walk().start;
  }
  /** `pkg.Name` when the callee is `pkg.Name(`, else the method alone, as policies name calls. */
  get name() {
    const v = this.f.v;
    const p = this.callee;
    return v.K(p - 2) === IDENT && v.isOp(p - 1, ".") ? `${v.T(p - 2)}.${v.T(p)}` : v.T(p);
  }
  get close() {
    return this.f.v.M(this.open);
  }
  get args() {
    this.argRanges ??= this.f.split(this.open + 1, this.close);
    return this.argRanges;
  }
  walk() {
    const v = this.f.v;
    const chain = [v.T(this.callee)];
    let start = this.callee;
    while (v.isOp(start - 1, ".")) {
      let q = start - 2;
      if (v.isOp(q, ")")) {
        q = v.M(q) - 1;
        if (v.isOp(q, "]")) q = v.M(q) - 1;
      }
      if (v.K(q) !== IDENT) break;
      chain.unshift(v.T(q));
      start = q;
    }
    return { chain, start };
  }
};

// src/evidence/go-file.ts
var NOT_CALLEES = new Set(
  "if for switch return func go defer select case range import const var type interface struct map chan else".split(
    " "
  )
);
var GoFile = class {
  constructor(file, source) {
    this.file = file;
    this.v = new View(tokenize(file, source));
    const v = this.v;
    const { kind, text: text2, depth } = v.tokens;
    this.packageName = v.isIdent(0, "package") ? v.T(1) : "";
    for (let i = 0; i < v.n; i++) {
      if (((kind[i] ?? 0) & ~NL) !== IDENT) continue;
      if (depth[i] !== 0) continue;
      const t = text2[i];
      if (t === "import") this.readImports(i);
      else if (t === "const" || t === "var") this.readValueDecls(i, t);
      else if (t === "type") this.readTypeDecls(i);
      else if (t === "func" && v.K(i + 1) === IDENT) {
        this.addDecl({ kind: "func", name: v.T(i + 1), at: i + 1 });
      }
    }
  }
  file;
  v;
  imports = [];
  packageName;
  decls = /* @__PURE__ */ new Map();
  funcBodies;
  /** For each token, the innermost bracket that holds it (-1 at top level); made when first asked. */
  parents;
  callList;
  /** Every function body, declarations' and literals', found when first asked for. */
  get bodies() {
    if (this.funcBodies) return this.funcBodies;
    const { kind, text: text2 } = this.v.tokens;
    const out = [];
    for (let i = 0; i < this.v.n; i++) {
      if (text2[i] !== "func" || ((kind[i] ?? 0) & ~NL) !== IDENT) continue;
      const body = this.readFunc(i);
      if (body) out.push(body);
    }
    this.funcBodies = out;
    return out;
  }
  get parent() {
    if (this.parents) return this.parents;
    const { kind, match } = this.v.tokens;
    const parents = new Int32Array(this.v.n).fill(-1);
    const stack = [];
    for (let i = 0; i < this.v.n; i++) {
      parents[i] = stack[stack.length - 1] ?? -1;
      const m = match[i] ?? -1;
      if (m < 0 || ((kind[i] ?? 0) & ~NL) !== OP) continue;
      if (m > i) stack.push(i);
      else stack.pop();
    }
    this.parents = parents;
    return parents;
  }
  line(i) {
    return this.v.L(i);
  }
  place(i) {
    return { file: this.file, line: this.v.L(i) };
  }
  /** The innermost bracket around token i, or -1. */
  enclosing(i) {
    return this.parent[i] ?? -1;
  }
  /** The innermost `{` around token i, or -1. */
  enclosingBlock(i) {
    let p = this.enclosing(i);
    while (p >= 0 && !this.v.isOp(p, "{")) p = this.enclosing(p);
    return p;
  }
  /** The innermost function body around token i. */
  bodyAt(i) {
    let best2;
    for (const b of this.bodies) {
      if (b.open < i && i < b.close && (!best2 || b.open > best2.open)) best2 = b;
    }
    return best2;
  }
  /** The source text of a range, tokens joined as gofmt would roughly write them. */
  text(range, max = 80) {
    const [start, end] = range;
    let out = "";
    for (let j = start; j < end && out.length <= max; j++) {
      const k = this.v.K(j);
      const t = k === STRING ? JSON.stringify(this.v.T(j)) : this.v.T(j);
      const spaced = j > start && (k === IDENT || k === STRING || k === NUMBER || k === RUNE);
      const prev = this.v.K(j - 1);
      out += spaced && (prev === IDENT || prev === STRING || prev === NUMBER) ? ` ${t}` : t;
    }
    return out.length > max ? `${out.slice(0, max - 1)}\u2026` : out;
  }
  /** Every call in the file, in source order. */
  calls() {
    if (this.callList) return this.callList;
    const { kind, text: text2, match } = this.v.tokens;
    const out = [];
    for (let i = 1; i < this.v.n; i++) {
      if (text2[i] !== "(" || ((kind[i] ?? 0) & ~NL) !== OP) continue;
      let p = i - 1;
      if (text2[p] === "]" && ((kind[p] ?? 0) & ~NL) === OP) p = (match[p] ?? 0) - 1;
      if (((kind[p] ?? 0) & ~NL) !== IDENT || NOT_CALLEES.has(text2[p] ?? "")) continue;
      out.push(new GoCall(this, p, i));
    }
    this.callList = out;
    return out;
  }
  /** Elements between `start` and `end` separated by top-level commas; empty ones dropped. */
  split(start, end, sep = ",") {
    const out = [];
    let from = start;
    for (let j = start; j < end; ) {
      if (this.v.isOp(j, sep)) {
        if (j > from) out.push([from, j]);
        from = j + 1;
        j++;
      } else {
        j = this.v.isOpener(j) ? this.v.M(j) + 1 : j + 1;
      }
    }
    if (end > from) out.push([from, end]);
    return out;
  }
  /**
   * Where the statement or expression starting at i ends: at a `;`, at the bracket that closes
   * around it, or at a line break that Go's semicolon rule turns into an end (after a name, a
   * literal, `)`, `]`, `}`, `++` or `--`).
   */
  statementEnd(i) {
    const v = this.v;
    let j = i;
    while (j < v.n) {
      if (j > i && v.newlineBefore(j) && endsLine(v, j - 1)) return j;
      if (v.isOp(j, ";")) return j;
      if (v.K(j) === OP && v.M(j) >= 0 && v.M(j) < j) return j;
      j = v.isOpener(j) ? v.M(j) + 1 : j + 1;
    }
    return j;
  }
  // --- reading declarations ---
  addDecl(d) {
    const list2 = this.decls.get(d.name);
    if (list2) list2.push(d);
    else this.decls.set(d.name, [d]);
  }
  readImports(i) {
    const v = this.v;
    const add = (pathTok, aliasTok) => {
      const imp = { path: v.T(pathTok), line: v.L(pathTok) };
      if (aliasTok !== void 0) imp.alias = v.T(aliasTok);
      this.imports.push(imp);
    };
    const at2 = (j) => {
      if (v.K(j) === STRING) {
        add(j);
        return j;
      }
      if ((v.K(j) === IDENT || v.isOp(j, ".")) && v.K(j + 1) === STRING) {
        add(j + 1, j);
        return j + 1;
      }
      return j;
    };
    if (!v.isOp(i + 1, "(")) {
      at2(i + 1);
      return;
    }
    for (let j = i + 2; j < v.M(i + 1); j++) j = at2(j);
  }
  /** `const X = …`, `var X, Y T = …, …` and their `( … )` groups, at the keyword i. */
  readValueDecls(i, kind) {
    const v = this.v;
    if (!v.isOp(i + 1, "(")) {
      this.readSpec(i + 1, this.statementEnd(i + 1), kind);
      return;
    }
    const close2 = v.M(i + 1);
    for (let j = i + 2; j < close2; ) {
      const end = Math.min(this.statementEnd(j), close2);
      this.readSpec(j, end, kind);
      j = end === j ? j + 1 : v.isOp(end, ";") ? end + 1 : end;
    }
  }
  readSpec(start, end, kind) {
    const spec = readValueSpec(this, start, end);
    if (!spec) return;
    spec.names.forEach((at2, k) => {
      const d = { kind, name: this.v.T(at2), at: at2 };
      if (spec.type) d.type = spec.type;
      const value = spec.values[k];
      if (value && spec.values.length === spec.names.length) d.value = value;
      this.addDecl(d);
    });
  }
  readTypeDecls(i) {
    const v = this.v;
    const one = (j) => {
      if (v.K(j) !== IDENT) return;
      const end = this.statementEnd(j);
      const d = { kind: "type", name: v.T(j), at: j };
      const from = v.isOp(j + 1, "=") ? j + 2 : j + 1;
      if (from < end) d.type = [from, end];
      this.addDecl(d);
    };
    if (!v.isOp(i + 1, "(")) return one(i + 1);
    const close2 = v.M(i + 1);
    for (let j = i + 2; j < close2; ) {
      one(j);
      const end = Math.min(this.statementEnd(j), close2);
      j = end === j ? j + 1 : v.isOp(end, ";") ? end + 1 : end;
    }
  }
  /** A func declaration or literal with a body at the `func` keyword i. */
  readFunc(i) {
    const v = this.v;
    let j = i + 1;
    let name;
    if (v.isOp(j, "(")) j = v.M(j) + 1;
    if (v.K(j) === IDENT && (v.isOp(j + 1, "(") || v.isOp(j + 1, "["))) {
      name = v.T(j++);
      if (v.isOp(j, "[")) j = v.M(j) + 1;
      if (!v.isOp(j, "(")) return void 0;
      j = v.M(j) + 1;
    }
    while (j < v.n && !(v.newlineBefore(j) && j > i + 1 && endsLine(v, j - 1))) {
      if ((v.isIdent(j, "struct") || v.isIdent(j, "interface")) && v.isOp(j + 1, "{")) {
        j = v.M(j + 1) + 1;
      } else if (v.isOp(j, "{")) {
        const body = { at: i, signature: [i + 1, j], open: j, close: v.M(j) };
        if (name !== void 0) body.name = name;
        return body;
      } else if (v.isOp(j, ",") || v.isOp(j, ")") || v.isOp(j, ";")) {
        return void 0;
      } else {
        j = v.isOpener(j) ? v.M(j) + 1 : j + 1;
      }
    }
    return void 0;
  }
};
function endsLine(v, i) {
  const k = v.K(i);
  if (k === IDENT || k === STRING || k === NUMBER || k === RUNE) return true;
  return ["++", "--", ")", "]", "}"].includes(v.T(i)) && k === OP;
}
function readValueSpec(f, start, end) {
  const v = f.v;
  const names = [];
  let j = start;
  while (j < end && v.K(j) === IDENT) {
    names.push(j);
    if (!v.isOp(j + 1, ",")) break;
    j += 2;
  }
  if (names.length === 0) return void 0;
  j = (names[names.length - 1] ?? start) + 1;
  let eq = j;
  while (eq < end && !v.isOp(eq, "=")) eq = v.isOpener(eq) ? v.M(eq) + 1 : eq + 1;
  const out = { names, values: [] };
  if (eq > j) out.type = [j, Math.min(eq, end)];
  if (eq < end) out.values = f.split(eq + 1, end);
  return out;
}

// src/evidence/go-packages.ts
var SETS = "k8s.io/apimachinery/pkg/util/sets";
var USUAL_PATHS = {
  fmt: "fmt",
  strings: "strings",
  errors: "errors",
  sets: SETS
};
function dirsOfImport(path) {
  if (path.startsWith("k8s.io/kubernetes/")) return [path.slice("k8s.io/kubernetes/".length)];
  if (/^k8s\.io\/[^/]+/.test(path)) return [`staging/src/${path}`, `vendor/${path}`];
  return [`vendor/${path}`];
}
function packageNameOf(path) {
  const parts = path.split("/");
  let last = parts[parts.length - 1] ?? "";
  if (/^v\d+$/.test(last) && parts.length > 1) last = parts[parts.length - 2] ?? last;
  return last.replace(/\.v\d+$/, "").replace(/^go-/, "").replace(/[-.]/g, "");
}
function dirOf(file) {
  const slash = file.lastIndexOf("/");
  return slash < 0 ? "." : file.slice(0, slash);
}
var GoPackages = class {
  constructor(source) {
    this.source = source;
  }
  source;
  files = /* @__PURE__ */ new Map();
  packages = /* @__PURE__ */ new Map();
  /** A file, tokenized once; a GoSyntaxError (returned, not thrown) for one that is not Go. */
  load(path) {
    let found = this.files.get(path);
    if (!found) {
      found = this.source.read(path).then((source) => {
        if (source === void 0) return void 0;
        try {
          return new GoFile(path, source);
        } catch (e) {
          if (e instanceof GoSyntaxError) return e;
          throw e;
        }
      });
      this.files.set(path, found);
    }
    return found;
  }
  /** The non-test .go files directly in a folder: one package. */
  packageFiles(dir) {
    let found = this.packages.get(dir);
    if (!found) {
      found = this.source.list(dir).then(
        (all) => all.filter((p) => {
          const rest = p.slice(dir.length + 1);
          return p.startsWith(`${dir}/`) && !rest.includes("/") && rest.endsWith(".go") && !rest.endsWith("_test.go");
        })
      );
      this.packages.set(dir, found);
    }
    return found;
  }
  /** Package-level declarations of `name` in a folder, from the files that mention it. */
  async declsIn(dir, name) {
    const out = [];
    for (const path of await this.packageFiles(dir)) {
      const source = await this.source.read(path);
      if (source === void 0 || !source.includes(name)) continue;
      const f = await this.load(path);
      if (!(f instanceof GoFile)) continue;
      for (const d of f.decls.get(name) ?? []) out.push({ f, d });
    }
    return out;
  }
  /** The import path a qualifier stands for in a file, if it is one. */
  importPath(f, qualifier) {
    for (const imp of f.imports) {
      if (imp.alias === qualifier || imp.alias === void 0 && packageNameOf(imp.path) === qualifier) {
        return imp.path;
      }
    }
    return USUAL_PATHS[qualifier];
  }
};

// src/evidence/go-names.ts
var PREDECLARED = /* @__PURE__ */ new Set(["nil", "true", "false", "iota"]);
var BUILTIN_FUNCS_AND_TYPES = new Set(
  "bool byte rune int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64 uintptr float32 float64 complex64 complex128 error any len cap make new panic print println copy delete min max clear close".split(
    " "
  )
);
async function isStringType(packages, f, name, path) {
  if (path === void 0 && BUILTIN_FUNCS_AND_TYPES.has(name)) return false;
  const dirs = path === void 0 ? [dirOf(f.file)] : dirsOfImport(path);
  for (const dir of dirs) {
    for (const { f: g, d } of await packages.declsIn(dir, name)) {
      if (d.kind === "type" && d.type && g.text(d.type) === "string") return true;
    }
  }
  return false;
}
async function nameValues(ev, f, name, use, seen) {
  const at2 = f.place(use);
  if (PREDECLARED.has(name)) return [unknownValue(at2, name, `the predeclared ${name}`)];
  const b = bindingOf(f, name, use);
  if (b) return bound(ev, f, name, b, use, seen);
  return declared(ev, await ev.packages.declsIn(dirOf(f.file), name), name, at2, name, seen);
}
async function qualifiedValues(ev, f, path, name, use, expr, seen) {
  const at2 = f.place(use);
  for (const dir of dirsOfImport(path)) {
    if ((await ev.packages.packageFiles(dir)).length === 0) continue;
    return declared(ev, await ev.packages.declsIn(dir, name), name, at2, expr, seen);
  }
  return [unknownValue(at2, expr, `${expr}, from ${path}, which is not in the checkout`)];
}
async function declared(ev, decls, name, at2, expr, seen) {
  if (decls.length === 0)
    return [unknownValue(at2, expr, `${expr}, which is not declared in the package`)];
  const out = [];
  for (const { f, d } of decls) {
    const key = `${f.file}#${d.at}`;
    const where2 = f.place(d.at);
    if (seen.has(key)) out.push(unknownValue(where2, expr, `${expr}, defined in terms of itself`));
    else if (d.kind === "type" || d.kind === "func")
      out.push(unknownValue(at2, expr, `the ${d.kind} ${name}`));
    else if (!d.value)
      out.push(unknownValue(where2, expr, `${expr}, a ${d.kind} without a value of its own`));
    else {
      out.push(...await ev.eval(f, d.value, new Set(seen).add(key)));
      if (d.kind === "var") out.push(...packageVarChanges(f, d, expr));
    }
  }
  return out;
}
function packageVarChanges(f, d, expr) {
  const v = f.v;
  for (let j = 0; j < v.n; j++) {
    if (j === d.at || !v.isIdent(j, d.name) || v.isOp(j - 1, ".") || v.depth(j) === 0) continue;
    const op = v.T(j + 1);
    if (v.isOp(j - 1, "&") || (op === "=" || op === "+=") && !bindingOf(f, d.name, j)) {
      return [
        unknownValue(
          f.place(j),
          expr,
          `${expr}, a package variable changed at ${f.file}:${f.line(j)}`
        )
      ];
    }
  }
  return [];
}
async function bound(ev, f, name, b, use, seen) {
  const at2 = f.place(use);
  const key = `${f.file}#${b.at}`;
  if (seen.has(key)) return [unknownValue(at2, name, `${name}, defined in terms of itself`)];
  const inner = new Set(seen).add(key);
  if (b.kind === "param") return [unknownValue(at2, name, `a parameter of ${b.func}`)];
  if (b.kind === "range") {
    if (b.key) return [unknownValue(at2, name, "a loop index")];
    const out = [];
    for (const over of await ev.eval(f, b.over, inner)) {
      if (over.kind === "list" && b.single && over.shape === "slice") {
        out.push(unknownValue(at2, name, "a loop index"));
      } else if (over.kind === "list")
        out.push(
          ...over.items,
          ...over.unknown.map((u) => ({ kind: "unknown", unknown: u }))
        );
      else out.push(over.kind === "unknown" ? over : unknownValue(at2, name, "a loop over a string"));
    }
    return out;
  }
  let values = b.value ? await ev.eval(f, b.value, inner) : b.multi ? [unknownValue(f.place(b.at), name, "one of several results of a call")] : b.type && f.text(b.type) === "string" ? [known("", f.place(b.at))] : [unknownValue(f.place(b.at), name, "a zero value")];
  const block2 = f.enclosingBlock(b.at);
  for (const c of changesOf(f, name, b, use)) {
    const where2 = f.place(c.at);
    if (c.kind === "assign") values.push(...await ev.eval(f, c.values[0], inner));
    else if (c.kind === "unknown-assign")
      values.push(unknownValue(where2, name, "one of several results of a call"));
    else if (c.kind === "append-text")
      values = [...values, ...concat([values, await ev.eval(f, c.values[0], inner)], where2, name)];
    else if (c.kind === "insert") {
      const when = conditionsAt(f, c.at, block2, b.at);
      const added = await ev.list(f, c.values, "slice", where2, name, inner);
      values = values.map((value) => {
        if (value.kind !== "list") return value;
        const items = added.flatMap((a) => a.kind === "list" ? a.items : []);
        const unknown = added.flatMap(
          (a) => a.kind === "list" ? a.unknown : a.kind === "unknown" ? [a.unknown] : []
        );
        return {
          ...value,
          items: [...value.items, ...items.map((i) => ({ ...i, when: [...i.when, ...when] }))],
          unknown: [...value.unknown, ...unknown]
        };
      });
    } else {
      const why = c.kind === "remove" ? "items removed" : "a value that may be changed elsewhere";
      const u = { at: where2, expr: name, why: `${why} at ${f.file}:${where2.line}` };
      values = values.map(
        (value) => value.kind === "list" ? { ...value, unknown: [...value.unknown, u] } : value
      );
      if (c.kind === "escape") values.push({ kind: "unknown", unknown: u });
    }
  }
  return values;
}

// src/evidence/go-values.ts
var GoValueReader = class {
  packages;
  memo = /* @__PURE__ */ new Map();
  constructor(source) {
    this.packages = new GoPackages(source);
  }
  /** A Go file read and tokenized once; undefined if absent. Throws GoSyntaxError if broken. */
  async file(path) {
    const f = await this.packages.load(path);
    if (f instanceof GoSyntaxError) throw f;
    return f;
  }
  /** The values the expression in `range` of `f` can have. */
  values(f, range) {
    const key = `${f.file}#${range[0]}-${range[1]}`;
    let found = this.memo.get(key);
    if (!found) {
      found = this.eval(f, range, /* @__PURE__ */ new Set());
      this.memo.set(key, found);
    }
    return found;
  }
  /** fmt.Sprintf's result for a format and its arguments (klog's …f calls format the same way). */
  async formatted(f, format2, args) {
    const at2 = f.place(format2[0]);
    if (args.length === 0) {
      const texts = await this.values(f, format2);
      if (texts.every((t) => t.kind !== "string" || !t.text.includes("%"))) return texts;
    }
    const values = await Promise.all(args.map((a) => this.values(f, a)));
    return sprintf(
      await this.values(f, format2),
      values,
      at2,
      f.text([format2[0], args[args.length - 1]?.[1] ?? format2[1]])
    );
  }
  /** fmt.Sprint's result: the operands one after the other (klog's Info(args…) prints this way). */
  async concatenated(f, args) {
    const first = args[0];
    if (!first) return [];
    if (args.length === 1) return this.values(f, first);
    const values = await Promise.all(args.map((a) => this.values(f, a)));
    return concat(values, f.place(first[0]), f.text([first[0], args[args.length - 1][1]]));
  }
  /** The expressions assigned to the local name at token `use` (its declaration's and later ones). */
  assigned(f, use) {
    const name = f.v.T(use);
    const b = bindingOf(f, name, use);
    if (b?.kind !== "local") return [];
    const out = b.value ? [b.value] : [];
    for (const c of changesOf(f, name, b, use)) if (c.kind === "assign") out.push(...c.values);
    return out;
  }
  /** The values of an expression, `seen` holding the declarations on the way (cycles). */
  async eval(f, range, seen) {
    const [s, e] = range;
    const at2 = f.place(s);
    const expr = f.text(range);
    if (s >= e) return [unknownValue(at2, expr, "an empty expression")];
    const parts = f.split(s, e, "+");
    if (parts.length > 1 && !f.v.isOp(s, "+")) {
      const values = await Promise.all(parts.map((p) => this.eval(f, p, seen)));
      return concat(values, at2, expr);
    }
    return this.operand(f, range, seen);
  }
  async operand(f, [s, e], seen) {
    const v = f.v;
    const at2 = f.place(s);
    const expr = f.text([s, e]);
    if (e === s + 1 && (v.K(s) === STRING || v.K(s) === NUMBER)) return [known(v.T(s), at2)];
    if (v.isOp(s, "(") && v.M(s) === e - 1) return this.eval(f, [s + 1, e - 1], seen);
    if (v.isOp(s, "[") && v.isOp(s + 1, "]") && v.isOp(e - 1, "}") && v.M(e - 1) > s + 1) {
      const open = v.M(e - 1);
      return this.list(f, f.split(open + 1, e - 1), "slice", at2, expr, seen);
    }
    if (v.K(s) !== IDENT)
      return [unknownValue(at2, expr, "an expression the reader does not evaluate")];
    const ops = [];
    for (let p = s + 1; p < e; ) {
      if (v.isOp(p, ".") && v.K(p + 1) === IDENT) {
        ops.push({ sel: v.T(p + 1) });
        p += 2;
      } else if (v.isOp(p, "(")) {
        ops.push({ call: [p, v.M(p)], args: f.split(p + 1, v.M(p)) });
        p = v.M(p) + 1;
      } else if (v.isOp(p, "[")) {
        ops.push({ index: [p, v.M(p)] });
        p = v.M(p) + 1;
      } else {
        return [unknownValue(at2, expr, "an expression the reader does not evaluate")];
      }
    }
    return this.chain(f, s, ops, at2, expr, seen);
  }
  async chain(f, s, ops, at2, expr, seen) {
    const name = f.v.T(s);
    const first = ops[0];
    if (!first) return nameValues(this, f, name, s, seen);
    const local2 = bindingOf(f, name, s);
    if (!local2 && "call" in first && ops.length === 1) {
      if (name === "string")
        return first.args.length === 1 ? this.eval(f, first.args[0], seen) : [];
      if (name === "append") return this.append(f, first.args, at2, expr, seen);
      if (await isStringType(this.packages, f, name, void 0))
        return this.eval(f, first.args[0], seen);
    }
    const path = !local2 && !f.decls.has(name) ? this.packages.importPath(f, name) : void 0;
    if (path !== void 0 && "sel" in first) {
      let rest = ops.slice(1);
      if (rest.length === 0) return qualifiedValues(this, f, path, first.sel, s, expr, seen);
      if ("index" in rest[0] && rest[1] && "call" in rest[1]) rest = rest.slice(1);
      const call = rest[0];
      if (!("call" in call))
        return [unknownValue(at2, expr, "a field or element of a package value")];
      const values = await this.callFunction(f, path, first.sel, call.args, at2, expr, seen);
      return this.methods(values, rest.slice(1), at2, expr);
    }
    if ("sel" in first && ops[1] && "call" in ops[1]) {
      return this.methods(await nameValues(this, f, name, s, seen), ops, at2, expr);
    }
    const why = "call" in first ? `the result of a call to ${name}` : "sel" in first ? `a field of ${name}` : `an element of ${name}`;
    return [unknownValue(at2, expr, why)];
  }
  /** `.List()` and `.UnsortedList()` of a set; anything else on a value is unknown. */
  methods(values, ops, at2, expr) {
    let out = values;
    for (let k = 0; k < ops.length; k += 2) {
      const sel = ops[k];
      const call = ops[k + 1];
      if (!sel || !("sel" in sel) || !call || !("call" in call)) {
        return [unknownValue(at2, expr, "an expression the reader does not evaluate")];
      }
      out = out.map((value) => {
        if (value.kind === "unknown") return value;
        if (value.kind === "list" && sel.sel === "List") return sorted(value);
        if (value.kind === "list" && sel.sel === "UnsortedList") return { ...value, shape: "slice" };
        return unknownValue(at2, expr, `the result of ${sel.sel}()`);
      });
    }
    return out;
  }
  async callFunction(f, path, name, args, at2, expr, seen) {
    const arg = (k) => args[k] ? this.eval(f, args[k], seen) : Promise.resolve([unknownValue(at2, expr, "a missing argument")]);
    switch (`${path}.${name}`) {
      case "fmt.Sprintf":
      case "fmt.Errorf":
        return sprintf(
          await arg(0),
          await Promise.all(args.slice(1).map((a) => this.eval(f, a, seen))),
          at2,
          expr
        );
      case "fmt.Sprint":
        return concat(await Promise.all(args.map((a) => this.eval(f, a, seen))), at2, expr);
      case "errors.New":
        return arg(0);
      case "strings.Join":
        return join(await arg(0), await arg(1), at2, expr);
      case `${SETS}.New`:
      case `${SETS}.NewString`:
        return this.list(f, args, "set", at2, expr, seen);
      case `${SETS}.List`:
        return (await arg(0)).map((value) => value.kind === "list" ? sorted(value) : value);
    }
    if (args.length === 1 && await isStringType(this.packages, f, name, path)) return arg(0);
    return [unknownValue(at2, expr, `the result of a call to ${packageNameOf(path)}.${name}`)];
  }
  /** `[]string{…}`, `sets.New[string](…)`: one list per combination of element values. */
  async list(f, elements, shape, at2, expr, seen) {
    let lists = [{ kind: "list", shape, items: [], from: at2, unknown: [] }];
    for (const element of elements) {
      const spread = f.v.isOp(element[1] - 1, "...");
      const values = await this.eval(f, spread ? [element[0], element[1] - 1] : element, seen);
      const next = [];
      for (const list2 of lists) {
        for (const value of values) {
          const copy = { ...list2, items: [...list2.items], unknown: [...list2.unknown] };
          if (value.kind === "unknown") copy.unknown.push(value.unknown);
          else if (value.kind === "list") {
            if (spread) copy.items.push(...value.items);
            else copy.unknown.push({ at: at2, expr, why: "a list inside a list" });
            copy.unknown.push(...value.unknown);
          } else copy.items.push(value);
          next.push(copy);
        }
      }
      if (next.length > MAX_ALTERNATIVES)
        return [unknownValue(at2, expr, `more than ${MAX_ALTERNATIVES} possible values`)];
      lists = next;
    }
    return lists;
  }
  async append(f, args, at2, expr, seen) {
    const [base, ...items] = args;
    if (!base) return [unknownValue(at2, expr, "append of nothing")];
    const added = await this.list(f, items, "slice", at2, expr, seen);
    const out = [];
    for (const b of await this.eval(f, base, seen)) {
      for (const a of added) {
        if (b.kind !== "list" || a.kind !== "list") out.push(b.kind === "list" ? a : b);
        else
          out.push({ ...b, items: [...b.items, ...a.items], unknown: [...b.unknown, ...a.unknown] });
      }
    }
    return out;
  }
};
function sorted(list2) {
  const items = [...list2.items].sort(
    (a, b) => a.text < b.text ? -1 : a.text > b.text ? 1 : 0
  );
  return { ...list2, shape: "slice", items };
}

// src/evidence/repo.ts
import { existsSync, promises as fs3 } from "node:fs";
import nodePath2 from "node:path";

// src/evidence/regular-file.ts
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  promises as fs2,
  readSync,
  statSync
} from "node:fs";
var MAX_FILE_BYTES = 16 * 1024 * 1024;
var OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;
async function readRegularFile(abs, shown, limits = {}) {
  const max = limits.maxBytes ?? MAX_FILE_BYTES;
  let handle;
  try {
    judge(await (limits.noFollow ? fs2.lstat(abs) : fs2.stat(abs)), shown, max);
    handle = await fs2.open(abs, flags(limits));
  } catch (error) {
    throw error instanceof DataError ? error : unreadable(shown, error);
  }
  try {
    const { size } = judge(await handle.stat(), shown, max);
    const text2 = new Collected(shown, max);
    for (let chunk = text2.next(size); ; chunk = text2.next(size)) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (!text2.add(chunk, bytesRead)) break;
    }
    return text2.toString();
  } catch (error) {
    throw error instanceof DataError ? error : unreadable(shown, error);
  } finally {
    await handle.close();
  }
}
function readRegularFileSync(abs, shown, limits = {}) {
  const max = limits.maxBytes ?? MAX_FILE_BYTES;
  let fd;
  try {
    judge(limits.noFollow ? lstatSync(abs) : statSync(abs), shown, max);
    fd = openSync(abs, flags(limits));
  } catch (error) {
    throw error instanceof DataError ? error : unreadable(shown, error);
  }
  try {
    const { size } = judge(fstatSync(fd), shown, max);
    const text2 = new Collected(shown, max);
    for (let chunk = text2.next(size); ; chunk = text2.next(size))
      if (!text2.add(chunk, readSync(fd, chunk, 0, chunk.length, null))) break;
    return text2.toString();
  } catch (error) {
    throw error instanceof DataError ? error : unreadable(shown, error);
  } finally {
    closeSync(fd);
  }
}
var Collected = class {
  constructor(shown, max) {
    this.shown = shown;
    this.max = max;
  }
  shown;
  max;
  chunks = [];
  total = 0;
  /** A buffer for the next read: the rest of the expected size, within the limit. */
  next(expected) {
    return Buffer.allocUnsafe(Math.min(this.max + 1 - this.total, Math.max(expected + 1, 4096)));
  }
  /** Keeps what a read gave; false at the end of the file. */
  add(chunk, bytesRead) {
    if (bytesRead === 0) return false;
    this.total += bytesRead;
    if (this.total > this.max) throw tooLarge(this.shown, void 0, this.max);
    this.chunks.push(chunk.subarray(0, bytesRead));
    return true;
  }
  toString() {
    return Buffer.concat(this.chunks, this.total).toString("utf8");
  }
};
function flags(limits) {
  return limits.noFollow ? OPEN_FLAGS | (constants.O_NOFOLLOW ?? 0) : OPEN_FLAGS;
}
function judge(stats, shown, max) {
  if (stats.isSymbolicLink())
    throw new DataError(shown, void 0, "is a symbolic link where a file was expected");
  if (stats.isDirectory())
    throw new DataError(shown, void 0, "is a folder where a file was expected");
  if (!stats.isFile()) throw notRegular(shown, stats);
  if (stats.size > max) throw tooLarge(shown, stats.size, max);
  return stats;
}
function notRegular(shown, stats) {
  const what = stats.isFIFO() ? "a FIFO" : stats.isCharacterDevice() || stats.isBlockDevice() ? "a device" : stats.isSocket() ? "a socket" : "not a file";
  return new DataError(
    shown,
    void 0,
    `is not a regular file (it is ${what}); kep-gate reads regular files only`
  );
}
function sizeProblem(shown, size) {
  return size > MAX_FILE_BYTES ? tooLarge(shown, size, MAX_FILE_BYTES) : void 0;
}
function tooLarge(shown, size, max) {
  const said = size === void 0 ? "" : ` (${size.toLocaleString("en-US")} bytes)`;
  return new DataError(
    shown,
    void 0,
    `is larger than ${megabytes(max)}${said}; kep-gate reads files up to that size only`
  );
}
function megabytes(bytes) {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
function unreadable(shown, error) {
  const code2 = error.code;
  return new DataError(
    shown,
    void 0,
    code2 === "EISDIR" ? "is a folder where a file was expected" : code2 === "EACCES" || code2 === "EPERM" ? "cannot be read (permission denied)" : code2 === "ELOOP" ? "is a symbolic link where a file was expected" : code2 === "ENOENT" ? "does not exist" : `cannot be read (${code2 ?? "unknown error"})`
  );
}
async function readNamedFile(abs, named, fix, limits) {
  try {
    return await readRegularFile(abs, named, limits);
  } catch (error) {
    const reason = error instanceof DataError ? error.reason : oneLine(error);
    throw new UserError(`${named} ${reason}: ${fix}`);
  }
}

// src/evidence/pathspec.ts
function isPortableGlob(glob) {
  return !/[[\\]/.test(glob);
}
function pathspecMatches(glob, path) {
  if (path === glob || path.startsWith(glob.endsWith("/") ? glob : `${glob}/`)) return true;
  return /[*?]/.test(glob) && wildmatch(glob, 0, path, 0) === MATCH;
}
var MATCH = 0;
var NO_MATCH = 1;
var ABORT_ALL = 2;
var ABORT_TO_STARSTAR = 3;
function wildmatch(p, pi, text2, ti) {
  for (; pi < p.length; ti++, pi++) {
    const pc = p[pi];
    if (ti >= text2.length && pc !== "*") return ABORT_ALL;
    const tc = text2[ti];
    if (pc === "?") {
      if (tc === "/") return NO_MATCH;
      continue;
    }
    if (pc !== "*") {
      if (tc !== pc) return NO_MATCH;
      continue;
    }
    let matchSlash = false;
    if (p[pi + 1] === "*") {
      const before = pi - 1;
      pi++;
      while (p[pi + 1] === "*") pi++;
      const after = pi + 1;
      if ((before < 0 || p[before] === "/") && (after >= p.length || p[after] === "/")) {
        if (p[after] === "/" && wildmatch(p, after + 1, text2, ti) === MATCH) return MATCH;
        matchSlash = true;
      }
    }
    pi++;
    if (pi >= p.length) {
      return !matchSlash && text2.indexOf("/", ti) !== -1 ? NO_MATCH : MATCH;
    }
    if (!matchSlash && p[pi] === "/") {
      const slash = text2.indexOf("/", ti);
      if (slash === -1) return NO_MATCH;
      ti = slash;
      continue;
    }
    for (; ti < text2.length; ti++) {
      const next = p[pi];
      if (next !== "*" && next !== "?") {
        while (ti < text2.length && (matchSlash || text2[ti] !== "/") && text2[ti] !== next) ti++;
        if (ti >= text2.length || text2[ti] !== next) return NO_MATCH;
      }
      const matched = wildmatch(p, pi, text2, ti);
      if (matched !== NO_MATCH) {
        if (!matchSlash || matched !== ABORT_TO_STARSTAR) return matched;
      } else if (!matchSlash && text2[ti] === "/") return ABORT_TO_STARSTAR;
    }
    return ABORT_ALL;
  }
  return ti < text2.length ? NO_MATCH : MATCH;
}
function provablyDisjoint(a, b) {
  const left = a.split("/");
  const right = b.split("/");
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    if (x.includes("**") || y.includes("**")) return false;
    const plain = (s) => !/[*?]/.test(s);
    if (plain(x) && plain(y)) {
      if (x !== y) return x !== "" && y !== "";
    }
  }
  return false;
}

// src/evidence/grep.ts
var MAX_HIT_TEXT = 500;
var GrepBatcher = class {
  /**
   * `scope` is what git says the folder is; `likely`, known at once, what it most probably says
   * (a folder with a `.git` is a checkout): the search starts in it without waiting, and runs
   * again should git say otherwise.
   */
  constructor(scope, likely) {
    this.scope = scope;
    this.likely = likely;
  }
  scope;
  likely;
  pending = [];
  grep(query) {
    return new Promise((resolve, fail2) => {
      if (this.pending.length === 0) queueMicrotask(() => void this.flush());
      this.pending.push({ query, resolve, fail: fail2 });
    });
  }
  async flush() {
    await Promise.resolve();
    const batch = this.pending;
    this.pending = [];
    const together = batch.filter((b) => portable(b.query));
    const groups = [
      ...together.length > 1 ? [together] : together.map((b) => [b]),
      ...batch.filter((b) => !portable(b.query)).map((b) => [b])
    ];
    await Promise.all(
      groups.map(async (group) => {
        try {
          const queries = group.map((b) => b.query);
          const found = await this.search(merge(queries));
          group.forEach(
            (asked, i) => asked.resolve(group.length === 1 ? found.map(clip) : answers(found, queries[i]))
          );
        } catch (error) {
          for (const asked of group) asked.fail(error);
        }
      })
    );
  }
  async search(query) {
    const early = this.likely ? gitGrep(this.likely, query).then(
      (hits) => ({ hits }),
      (error) => ({ error })
    ) : void 0;
    const scope = await this.scope();
    if (early && this.likely.args.join(" ") === scope.args.join(" ")) {
      const result = await early;
      if ("error" in result) throw result.error;
      return result.hits;
    }
    return gitGrep(scope, query);
  }
};
function portable(query) {
  return [...query.include, ...query.exclude ?? []].every((g) => isPortableGlob(asGlob(g)));
}
function merge(queries) {
  if (queries.length === 1) return queries[0];
  const includes = queries.map((q) => q.include.map(asGlob));
  const exclude = queries.flatMap(
    (q, i) => (q.exclude ?? []).filter(
      (e) => includes.every((others, j) => j === i || others.every((o) => provablyDisjoint(asGlob(e), o)))
    )
  );
  return {
    patterns: [...new Set(queries.flatMap((q) => q.patterns))],
    ignoreCase: queries.some((q) => q.ignoreCase),
    include: [...new Set(includes.flat())],
    exclude: [...new Set(exclude)]
  };
}
function answers(found, query) {
  const include = query.include.map(asGlob);
  const exclude = (query.exclude ?? []).map(asGlob);
  const patterns = query.ignoreCase ? query.patterns.map(asciiLower) : query.patterns;
  const inScope = /* @__PURE__ */ new Map();
  return found.filter((hit) => {
    let ok = inScope.get(hit.file);
    if (ok === void 0) {
      ok = include.some((g) => pathspecMatches(g, hit.file)) && !exclude.some((g) => pathspecMatches(g, hit.file));
      inScope.set(hit.file, ok);
    }
    if (!ok) return false;
    const text2 = query.ignoreCase ? asciiLower(hit.text) : hit.text;
    return patterns.some((p) => text2.includes(p));
  }).map(clip);
}
function asciiLower(text2) {
  return text2.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}
function clip(hit) {
  return hit.text.length > MAX_HIT_TEXT ? { ...hit, text: hit.text.slice(0, MAX_HIT_TEXT) } : hit;
}
async function gitGrep(scope, query) {
  const args = ["grep", "-n", "--no-column", "-I", "-z", "--no-color", "-F"];
  if (query.ignoreCase) args.push("-i");
  for (const pattern of query.patterns) args.push("-e", pattern);
  args.push(
    ...scope.args,
    "--",
    ...query.include.map((p) => `:(glob)${asGlob(p)}`),
    ...(query.exclude ?? []).map((p) => `:(glob,exclude)${asGlob(p)}`)
  );
  const result = await execGit(scope.root, args);
  if (result.code === 1) return [];
  if (result.code !== 0) {
    throw new UserError(
      `searching ${scope.what} with git grep failed: ${result.stderr.trim().split("\n")[0]}`
    );
  }
  const hits = readGrepOutput(result.stdout.toString("utf8"));
  const revision = scope.args.find((s) => !s.startsWith("-"));
  const prefix = revision ? `${revision}:` : void 0;
  return prefix ? hits.map((h) => h.file.startsWith(prefix) ? { ...h, file: h.file.slice(prefix.length) } : h) : hits;
}
function asGlob(path) {
  return path.endsWith("/") ? `${path}**` : path;
}
function readGrepOutput(output) {
  const hits = [];
  let start = 0;
  while (start < output.length) {
    const first = output.indexOf("\0", start);
    const second = first === -1 ? -1 : output.indexOf("\0", first + 1);
    if (second === -1) break;
    let end = output.indexOf("\n", second + 1);
    if (end === -1) end = output.length;
    const line = output.slice(first + 1, second);
    if (/^\d+$/.test(line))
      hits.push({
        file: output.slice(start, first),
        line: Number(line),
        text: output.slice(second + 1, end)
      });
    start = end + 1;
  }
  return hits;
}

// src/evidence/repo.ts
function filesOf(hits) {
  return [...new Set(hits.map((h) => h.file))];
}
var Listing = class {
  data;
  constructor(output) {
    this.data = Buffer.concat([Buffer.from([0]), output]);
  }
  hasFile(file) {
    return this.data.includes(`\0${file}\0`);
  }
  hasDir(dir) {
    return dir === "" || this.data.includes(`\0${dir}/`);
  }
  /** The files below a folder. */
  below(dir) {
    const prefix = Buffer.from(dir === "" ? "\0" : `\0${dir}/`);
    const found = [];
    for (let at2 = this.data.indexOf(prefix); at2 !== -1; at2 = this.data.indexOf(prefix, at2 + 1)) {
      const end = this.data.indexOf(0, at2 + 1);
      found.push(this.data.toString("utf8", at2 + 1, end === -1 ? void 0 : end));
    }
    return found.filter(Boolean);
  }
};
var WorktreeRepo = class _WorktreeRepo {
  constructor(root, options) {
    this.root = root;
    this.options = options;
    const likely = existsSync(nodePath2.join(root, ".git")) ? options.untracked ? ["--untracked"] : [] : ["--no-index"];
    this.batcher = new GrepBatcher(() => this.scope(), { root, args: likely, what: root });
  }
  root;
  options;
  cache = /* @__PURE__ */ new Map();
  batcher;
  git;
  listing;
  static async open(dir, options = {}) {
    let root;
    try {
      root = await fs3.realpath(dir);
    } catch {
      throw new UserError(
        `the repository folder "${dir}" does not exist: pass the path of a checkout`
      );
    }
    const stat = await fs3.stat(root);
    if (!stat.isDirectory())
      throw new UserError(`"${dir}" is not a folder: pass the path of a checkout`);
    return new _WorktreeRepo(root, options);
  }
  read(path) {
    let cached = this.cache.get(path);
    if (!cached) {
      cached = this.readOnce(path);
      this.cache.set(path, cached);
    }
    return cached;
  }
  /** Whether paths exist on disk, tracked or not: a first answer that needs no git. */
  onDisk() {
    return { exists: async (path) => await this.inside(repoRelative(path)) !== void 0 };
  }
  async exists(path) {
    const rel = repoRelative(path);
    const listing = await this.files();
    if (listing && !listing.hasFile(rel) && !listing.hasDir(rel)) return false;
    return await this.inside(rel) !== void 0;
  }
  async list(dir) {
    const rel = repoRelative(dir);
    const abs = await this.inside(rel);
    if (!abs) return [];
    const listing = await this.files();
    if (listing) {
      const below = listing.hasFile(rel) ? [rel] : listing.below(rel);
      const present = await Promise.all(
        below.map(
          (f) => fs3.lstat(nodePath2.join(this.root, f)).then(
            () => true,
            () => false
          )
        )
      );
      return below.filter((_, i) => present[i]).sort();
    }
    const out = [];
    const walk = async (absDir, relDir) => {
      let entries;
      try {
        entries = await fs3.readdir(absDir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const childRel = `${relDir}/${entry.name}`;
        if (entry.isDirectory()) await walk(nodePath2.join(absDir, entry.name), childRel);
        else out.push(childRel);
      }
    };
    const stat = await fs3.stat(abs);
    if (!stat.isDirectory()) return [normalize(dir)];
    await walk(abs, normalize(dir));
    return out.sort();
  }
  grep(query) {
    return this.batcher.grep(query);
  }
  describe() {
    return tryGit(this.root, ["describe", "--tags", "--match", "v[0-9]*"]);
  }
  checkout() {
    this.git ??= afterSearches().then(() => readCheckout(this.root, this.options.fetch ?? false));
    return this.git;
  }
  /**
   * A checkout is searched through git (fast, and what CI has): the files it tracks, or with
   * `untracked` those it does not ignore too. A plain folder, or one nested in another
   * repository, is searched as files on disk.
   */
  async scope() {
    const git = await this.checkout();
    const args = !git ? ["--no-index"] : this.options.untracked ? ["--untracked"] : [];
    return { root: this.root, args, what: this.root };
  }
  /** What git tracks, listed once (started with the checkout question); undefined outside git. */
  files() {
    this.listing ??= (async () => {
      await afterSearches();
      const args = [
        "ls-files",
        "-z",
        ...this.options.untracked ? ["--cached", "--others", "--exclude-standard"] : []
      ];
      const [git, result] = await Promise.all([this.checkout(), execGit(this.root, args)]);
      if (!git || result.code !== 0) return void 0;
      return new Listing(result.stdout);
    })();
    return this.listing;
  }
  async readOnce(path) {
    const rel = repoRelative(path);
    const listing = await this.files();
    if (listing && !listing.hasFile(rel)) {
      if (listing.hasDir(rel))
        throw new DataError(rel, void 0, "is a folder where a file was expected");
      return void 0;
    }
    const abs = await this.inside(rel);
    if (!abs) return void 0;
    return readRegularFile(abs, normalize(path));
  }
  /**
   * The absolute path of a repository-relative path, or undefined if nothing is there. A path
   * that leaves the repository, itself or through a symbolic link, is an error: the checkout is
   * untrusted and must not make us read the runner's files.
   */
  async inside(rel) {
    let real;
    try {
      real = await fs3.realpath(nodePath2.join(this.root, rel));
    } catch {
      return void 0;
    }
    if (real !== this.root && !real.startsWith(this.root + nodePath2.sep)) {
      throw new DataError(
        rel,
        void 0,
        `is a symbolic link that leads out of the repository (to ${real}); kep-gate only reads files inside the checkout`
      );
    }
    return real;
  }
};
function afterSearches() {
  return new Promise((resolve) => setImmediate(resolve));
}
function repoRelative(path) {
  const rel = normalize(path);
  if (nodePath2.isAbsolute(path) || rel === ".." || rel.startsWith("../")) {
    throw new UserError(`"${path}" is outside the repository: use a path relative to the checkout`);
  }
  return rel === "." ? "" : rel;
}
function normalize(path) {
  return nodePath2.posix.normalize(path.replaceAll("\\", "/")).replace(/^\.\/+/, "").replace(/\/+$/, "");
}

// src/gates/spec-agreement.ts
function describeSpec(spec) {
  const version = spec.version ? `Version ${spec.version}, ` : "";
  return `{${version}Default: ${spec.default}, PreRelease: ${spec.preRelease}, LockToDefault: ${spec.lockToDefault}}`;
}
function specDisagreements(go, list2, gate, target) {
  if (!list2.entry) return [{ file: list2.file, note: `${gate} is missing from the generated list` }];
  const key = (s) => `${s.version}|${s.default}|${s.lockToDefault}|${s.preRelease}`;
  if (go.entry.layout === "unversioned") {
    const listed = effectiveSpec(list2.entry.specs, formatMinor(target));
    const goSpec = go.entry.specs[0];
    if (!listed || !goSpec || key({ ...listed, version: void 0 }) !== key(goSpec)) {
      return [
        {
          file: list2.file,
          line: listed?.line ?? list2.entry.line,
          note: `list says ${listed ? describeSpec(listed) : "nothing"}, Go says ${goSpec ? describeSpec(goSpec) : "nothing"}`
        }
      ];
    }
    return [];
  }
  const goKeys = new Set(go.entry.specs.map(key));
  const listKeys = new Set(list2.entry.specs.map(key));
  const out = [];
  for (const s of list2.entry.specs) {
    if (!goKeys.has(key(s)))
      out.push({
        file: list2.file,
        line: s.line,
        note: `list has ${describeSpec(s)}, which the Go spec list does not`
      });
  }
  for (const s of go.entry.specs) {
    if (!listKeys.has(key(s)))
      out.push({
        file: go.file,
        line: s.line,
        note: `Go has ${describeSpec(s)}, which the generated list does not`
      });
  }
  return out;
}

// src/criteria/kubernetes-facts.ts
function goFacts(ctx, file) {
  return ctx.memo(`go:${file}`, async () => {
    const source = await ctx.repo.read(file);
    return source === void 0 ? void 0 : readGoFacts(file, source);
  });
}
function goValues(ctx) {
  return ctx.memo("go-values", async () => {
    const { repo } = ctx;
    return new GoValueReader({ read: (path) => repo.read(path), list: (dir) => repo.list(dir) });
  });
}
function unreadable2(u, what = "the message") {
  return `could not read ${what} statically: it is built at ${u.at.file}:${u.at.line} (${u.why}); check it by hand`;
}
function gateFacts(ctx) {
  return ctx.memo("gate", async () => {
    const { gate, kubernetes } = ctx.policy;
    const facts = {};
    let constName = gate;
    for (const byValue of [true, false]) {
      for (const file of kubernetes.featureFiles) {
        const go = await goFacts(ctx, file);
        const decl = go?.featureConsts.find((c) => (byValue ? c.value : c.name) === gate);
        if (!decl || facts.declaration) continue;
        facts.declaration = {
          file,
          line: decl.line,
          note: `${decl.name} featuregate.Feature = "${decl.value}"`
        };
        if (decl.value !== gate) facts.misnamed = decl.value;
        constName = decl.name;
      }
    }
    for (const file of kubernetes.featureFiles) {
      const go = await goFacts(ctx, file);
      const entries = go?.specMaps.filter((s) => s.name === constName || s.name === gate) ?? [];
      const entry = entries[0];
      if (!entry || facts.specs) continue;
      const same = entries.filter((e) => e.layout === entry.layout);
      facts.specs = {
        file,
        entry,
        ...same.length > 1 ? { duplicates: same.map((e) => ({ file, line: e.line, note: `${e.name}: {\u2026}` })) } : {}
      };
    }
    for (const file of kubernetes.featureLists) {
      const list2 = await featureList(ctx, file);
      if (!list2) continue;
      const twice = list2.duplicates.get(gate);
      if (twice) {
        facts.list = {
          file,
          duplicates: twice.map((line) => ({ file, line, note: `- name: ${gate}` }))
        };
        break;
      }
      const entry = entryIn(list2, gate);
      if (entry) {
        facts.list = { file, entry };
        break;
      }
      facts.list ??= { file };
    }
    return facts;
  });
}
function featureList(ctx, file) {
  return ctx.memo(`feature-list:${file}`, async () => {
    const text2 = await ctx.repo.read(file);
    return text2 === void 0 ? void 0 : readFeatureList(file, text2);
  });
}
function effectiveAtTarget(ctx, facts) {
  return facts.specs ? effectiveSpec(facts.specs.entry.specs, formatMinor(ctx.target)) : void 0;
}
function gateUses(ctx) {
  return ctx.memo("gate-uses", async () => {
    const { gate, kubernetes } = ctx.policy;
    const hits = await ctx.repo.grep({
      patterns: [gate],
      include: ["**/*.go"],
      exclude: kubernetes.excludeGo
    });
    const uses = [];
    for (const file of filesOf(hits)) {
      const go = await goFacts(ctx, file);
      for (const s of go?.selectors ?? []) {
        if (s.name === gate) uses.push({ file, line: s.line, note: `${s.qualifier}.${s.name}` });
      }
    }
    return uses;
  });
}
function ipvsImports(ctx) {
  return ctx.memo("ipvs-imports", async () => {
    const { ipvsImport } = ctx.policy.kubernetes;
    const hits = await ctx.repo.grep({
      patterns: [`"${ipvsImport}`],
      include: ["**/*.go"],
      exclude: ["vendor/**"]
    });
    const found = [];
    for (const file of filesOf(hits)) {
      const go = await goFacts(ctx, file);
      for (const imp of go?.imports ?? []) {
        if (imp.path === ipvsImport || imp.path.startsWith(`${ipvsImport}/`)) {
          found.push({ file, line: imp.line, note: `imports "${imp.path}"` });
        }
      }
    }
    return found;
  });
}

// src/criteria/types.ts
function pass(message, evidence = []) {
  return { pass: true, message, evidence };
}
function warn(message, evidence = []) {
  return { pass: true, warning: true, message, evidence };
}
function fail(message, evidence = []) {
  return { pass: false, message, evidence };
}

// src/criteria/flags.ts
var DEPRECATION_WORDS = ["deprecated", "no effect", "ignored", "no-op", "removed"];
var MARKS = /* @__PURE__ */ new Set(["MarkDeprecated", "MarkHidden", "MarkShorthandDeprecated"]);
var PREDECLARED2 = /* @__PURE__ */ new Set(["nil", "true", "false"]);
async function flagStates(reader, f, names) {
  const v = f.v;
  const marked = /* @__PURE__ */ new Map();
  const registered = /* @__PURE__ */ new Map();
  const warned = /* @__PURE__ */ new Map();
  const unread = [];
  for (const call of f.calls()) {
    const method = call.chain[call.chain.length - 1] ?? "";
    const line = f.line(call.start);
    if (method === "MarkDeprecated" && call.args[0]) {
      for (const value of await reader.values(f, call.args[0])) {
        if (value.kind === "string" && value.unknown.length === 0) {
          if (!marked.has(value.text)) marked.set(value.text, line);
        } else unread.push(...unknownsOf(value));
      }
      continue;
    }
    if (MARKS.has(method)) continue;
    let literal;
    let name = "";
    for (const arg of call.args) {
      if (arg[1] !== arg[0] + 1) continue;
      if (v.K(arg[0]) === STRING && names.includes(v.T(arg[0]))) {
        ;
        [literal, name] = [arg, v.T(arg[0])];
      } else if (v.K(arg[0]) === IDENT && !PREDECLARED2.has(v.T(arg[0]))) {
        const value = (await reader.values(f, arg)).find(
          (x) => x.kind === "string" && x.unknown.length === 0 && names.includes(x.text)
        );
        if (value?.kind === "string") [literal, name] = [arg, value.text];
      }
      if (literal) break;
    }
    if (!literal) continue;
    if (!registered.has(name)) registered.set(name, line);
    for (let j = call.open + 1; j < call.close; j++) {
      if (j === literal[0] || v.K(j) !== STRING) continue;
      if (DEPRECATION_WORDS.some((w) => v.T(j).toLowerCase().includes(w))) warned.set(name, line);
    }
  }
  const states = names.map((name) => ({
    name,
    registered: registered.get(name),
    deprecated: marked.get(name) ?? warned.get(name)
  }));
  return { states, unread };
}
var ipvsFlagsNoop = {
  id: "ipvs-flags-noop",
  repo: "kubernetes",
  explain: 'Stage 4: the --ipvs-* flags and KubeProxyIPVSConfiguration stay as no-ops with warnings, so a forgotten flag does not break kube-proxy (the KEP says "probably", hence a warning).',
  async check(ctx) {
    const { file, names, configType, configTypeFiles } = ctx.policy.kubernetes.flags;
    const reader = await goValues(ctx);
    const f = await reader.file(file);
    if (!f) return fail(`${file} does not exist, so the --ipvs-* flags are gone`, [{ file }]);
    const { states, unread } = await flagStates(reader, f, names);
    const problems = [];
    const evidence = [];
    const missing2 = states.filter((s) => s.registered === void 0);
    const unmarked = states.filter((s) => s.registered !== void 0 && s.deprecated === void 0);
    if (missing2.length)
      problems.push(`no longer registered: ${missing2.map((s) => `--${s.name}`).join(", ")}`);
    for (const s of unmarked)
      evidence.push({ file, line: s.registered, note: `--${s.name} is not marked deprecated` });
    if (unmarked.length)
      problems.push(
        `not marked deprecated or warned: ${unmarked.map((s) => `--${s.name}`).join(", ")}`
      );
    let typeFound;
    for (const typeFile of configTypeFiles) {
      const decl = (await goFacts(ctx, typeFile))?.types.find(
        (t) => t.struct && t.name === configType
      );
      if (decl) {
        typeFound = { file: typeFile, line: decl.line };
        break;
      }
    }
    if (!typeFound)
      problems.push(
        `${configType} is no longer declared in ${configTypeFiles.join(" or ")}, so old configs stop parsing`
      );
    if (unmarked.length > 0 && unread[0] && problems.length === 1) {
      return warn(unreadable2(unread[0], "a flag name passed to MarkDeprecated"), evidence);
    }
    if (problems.length > 0)
      return fail(problems.join("; "), evidence.length ? evidence : [{ file }]);
    return pass(
      `all ${names.length} --ipvs-* flags are still registered and marked deprecated; ${configType} still parses`,
      [...states.map((s) => ({ file, line: s.deprecated, note: `--${s.name}` })), typeFound]
    );
  }
};

// src/text.ts
function escapeRegExp(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function summarise(places, max = 3) {
  const shown = places.slice(0, max).map((p) => `${p.file}${p.line ? `:${p.line}` : ""}`);
  return places.length > max ? `${shown.join(", ")} and ${places.length - max} more` : shown.join(", ");
}
function namesRelease(text2, release2) {
  const [major, minor2] = release2.split(".");
  return new RegExp(`(?<![\\d.])v?${major}\\.${minor2}(?![\\d])`).test(text2);
}

// src/policy/window.ts
function stageVersion(policy, stage) {
  const text2 = policy.stages[stage];
  if (!text2) throw new Error(`the policy has no stage "${stage}"`);
  return minor(text2);
}
function windowAt(policy, rules, target) {
  const from = rules.due.from ? stageVersion(policy, rules.due.from) : void 0;
  const until = rules.due.until ? stageVersion(policy, rules.due.until) : void 0;
  const due = { from: from && formatMinor(from), until: until && formatMinor(until) };
  if (until && !isBefore(target, until)) return { state: "closed", due };
  if (from && !isAtLeast(target, from)) return { state: "next", due };
  return { state: "due", due };
}
function currentStage(policy, target) {
  let stage = "0";
  for (const id of STAGE_IDS) if (isAtLeast(target, minor(policy.stages[id]))) stage = id;
  return stage;
}

// src/criteria/explain.ts
function explainOf(criterion, policy) {
  return typeof criterion.explain === "string" ? criterion.explain : criterion.explain(policy);
}
function stageRelease(policy, stage) {
  return formatMinor(stageVersion(policy, stage));
}

// src/criteria/gate.ts
function specEvidence(facts, spec) {
  const file = facts.specs.file;
  return {
    file,
    line: spec?.line ?? facts.specs.entry.line,
    note: spec ? describeSpec(spec) : void 0
  };
}
function listDisagreements(ctx, facts) {
  if (!facts.list || !facts.specs) return [];
  return specDisagreements(facts.specs, facts.list, ctx.policy.gate, ctx.target);
}
var gateDeclared = {
  id: "gate-declared",
  repo: "kubernetes",
  explain: (p) => `Stage 2: a ${p.gate} feature gate exists, and the generated feature list agrees with the Go.`,
  async check(ctx) {
    const facts = await gateFacts(ctx);
    const { gate, kubernetes } = ctx.policy;
    if (!facts.declaration) {
      return fail(
        `${gate} is not declared as a featuregate.Feature in ${kubernetes.featureFiles.join(" or ")}`,
        [{ file: kubernetes.featureFiles[0] }]
      );
    }
    if (facts.misnamed !== void 0) {
      return fail(
        `${facts.declaration.note} names the gate "${facts.misnamed}", not "${gate}": users enable a gate by its value, so the value must be "${gate}"`,
        [facts.declaration]
      );
    }
    if (!facts.specs) {
      return fail(`${gate} is declared but has no spec list in the feature gate map`, [
        facts.declaration
      ]);
    }
    const twice = duplicated(facts);
    if (twice) return twice;
    if (facts.list?.duplicates) {
      return fail(
        `${facts.list.file} lists ${gate} ${facts.list.duplicates.length} times (${summarise(facts.list.duplicates)}): regenerate the list (hack/update-featuregates.sh)`,
        facts.list.duplicates
      );
    }
    const disagreements = listDisagreements(ctx, facts);
    if (disagreements.length > 0) {
      return fail(
        `${facts.list.file} disagrees with ${facts.specs.file} about ${gate}: regenerate the list (hack/update-featuregates.sh) or fix the Go`,
        disagreements
      );
    }
    const listed = facts.list?.entry ? [{ file: facts.list.file, line: facts.list.entry.line }] : [];
    return pass(
      `${gate} is declared with ${facts.specs.entry.specs.length} spec entries${listed.length ? ", and the generated list agrees" : ""}`,
      [facts.declaration, specEvidence(facts), ...listed]
    );
  }
};
function duplicated(facts) {
  const twice = facts.specs?.duplicates;
  if (!twice) return void 0;
  return fail(
    `${facts.specs.entry.name} has ${twice.length} entries in the spec map (${summarise(twice)}): Go refuses a map literal with a key twice; keep one`,
    twice
  );
}
function expectationAt(ctx) {
  return ctx.policy.kubernetes.gateSpec.find(
    (e) => isAtLeast(ctx.target, ctx.stageVersion(e.from)) && isBefore(ctx.target, ctx.stageVersion(e.until))
  );
}
var gateSpec = {
  id: "gate-spec",
  repo: "kubernetes",
  explain: (p) => `Stages 2-4: the effective spec at the target (the entry with the greatest Version at or before it) is ${p.kubernetes.gateSpec.map(
    (e) => `Default ${e.default}${e.lockToDefault ? " and locked" : ""} from ${stageRelease(p, e.from)} until ${stageRelease(p, e.until)}`
  ).join(
    ", "
  )}. The KEP's stage 4 says "LockToDefault: false", a slip: stage 2 and the gate lifecycle (lock before removal) say true, and so does this policy.`,
  async check(ctx) {
    const expected = expectationAt(ctx);
    if (!expected) return { skipped: "the policy expects no particular spec at this release" };
    const facts = await gateFacts(ctx);
    const { gate } = ctx.policy;
    if (!facts.specs) {
      return fail(`${gate} has no spec list, so it has no spec at ${formatMinor(ctx.target)}`, [
        facts.declaration ?? { file: ctx.policy.kubernetes.featureFiles[0] }
      ]);
    }
    const twice = duplicated(facts);
    if (twice) return twice;
    const spec = effectiveAtTarget(ctx, facts);
    if (!spec)
      return fail(`no entry of ${gate}'s spec list applies at ${formatMinor(ctx.target)}`, [
        specEvidence(facts)
      ]);
    const wrong = [];
    if (spec.default !== expected.default) wrong.push(`Default should be ${expected.default}`);
    if (spec.lockToDefault !== expected.lockToDefault) {
      const why = expected.lockToDefault ? " (the KEP's stage 4 says false, a slip: stage 2 and the gate lifecycle lock it before removal)" : "";
      wrong.push(`LockToDefault should be ${expected.lockToDefault}${why}`);
    }
    if (!expected.preRelease.includes(spec.preRelease))
      wrong.push(`PreRelease should be ${expected.preRelease.join(" or ")}`);
    const where2 = specEvidence(facts, spec);
    if (wrong.length > 0) {
      return fail(
        `at ${formatMinor(ctx.target)} ${gate}'s effective spec is ${describeSpec(spec)}: ${wrong.join(", ")}`,
        [where2]
      );
    }
    return pass(
      `at ${formatMinor(ctx.target)} ${gate}'s effective spec is ${describeSpec(spec)}, as scheduled`,
      [where2]
    );
  }
};
var gateRemoved = {
  id: "gate-removed",
  repo: "kubernetes",
  explain: (p) => `Cleanup: the ${p.gate} feature gate is removed (declaration, spec list, generated list, uses).`,
  async check(ctx) {
    const facts = await gateFacts(ctx);
    const leftovers = [];
    if (facts.declaration) leftovers.push({ ...facts.declaration, note: "declaration" });
    if (facts.specs) leftovers.push({ ...specEvidence(facts), note: "spec list" });
    if (facts.list?.entry)
      leftovers.push({
        file: facts.list.file,
        line: facts.list.entry.line,
        note: "generated list entry"
      });
    leftovers.push(...await gateUses(ctx));
    const { gate } = ctx.policy;
    if (leftovers.length > 0) {
      return fail(
        `${gate} is still in the tree in ${leftovers.length} place(s): ${summarise(leftovers)}`,
        leftovers
      );
    }
    return pass(`${gate} is gone: no declaration, spec, list entry or use in product code`);
  }
};

// src/criteria/guards.ts
var noEarlyDefaultOff = {
  id: "no-early-default-off",
  repo: "kubernetes",
  explain: (p) => `Schedule guard: ${p.gate} must keep Default: true before the stage 3 release (${stageRelease(p, "3")}).`,
  async check(ctx) {
    const facts = await gateFacts(ctx);
    const spec = effectiveAtTarget(ctx, facts);
    const stage3 = formatMinor(ctx.stageVersion("3"));
    if (!spec)
      return pass(`${ctx.policy.gate} has no spec at this release, so it cannot be off early`);
    const where2 = { file: facts.specs.file, line: spec.line, note: describeSpec(spec) };
    if (!spec.default) {
      return fail(
        `${ctx.policy.gate} defaults to false at ${formatMinor(ctx.target)}, before ${stage3}: users were promised ipvs until then`,
        [where2]
      );
    }
    return pass(`${ctx.policy.gate} still defaults to true at ${formatMinor(ctx.target)}`, [where2]);
  }
};
var noEarlyLock = {
  id: "no-early-lock",
  repo: "kubernetes",
  explain: (p) => `Schedule guard: ${p.gate} must not be locked before the stage 4 release (${stageRelease(p, "4")}).`,
  async check(ctx) {
    const facts = await gateFacts(ctx);
    const spec = effectiveAtTarget(ctx, facts);
    if (!spec)
      return pass(`${ctx.policy.gate} has no spec at this release, so it cannot be locked early`);
    const where2 = { file: facts.specs.file, line: spec.line, note: describeSpec(spec) };
    if (spec.lockToDefault) {
      return fail(
        `${ctx.policy.gate} is locked (LockToDefault: true) at ${formatMinor(ctx.target)}, before ${formatMinor(ctx.stageVersion("4"))}: users can no longer turn ipvs back on`,
        [where2]
      );
    }
    return pass(`${ctx.policy.gate} is not locked at ${formatMinor(ctx.target)}`, [where2]);
  }
};
var noEarlyRemoval = {
  id: "no-early-removal",
  repo: "kubernetes",
  explain: (p) => `Schedule guard: ${p.kubernetes.ipvsPackage} stays until the stage 4 release (${stageRelease(p, "4")}), and the gate stays from stage 2 (${stageRelease(p, "2")}) until cleanup (${stageRelease(p, "cleanup")}).`,
  async check(ctx) {
    const { gate, kubernetes } = ctx.policy;
    const problems = [];
    const evidence = [];
    if (isBefore(ctx.target, ctx.stageVersion("4"))) {
      const files = await ctx.repo.list(kubernetes.ipvsPackage);
      if (files.length === 0) {
        problems.push(
          `${kubernetes.ipvsPackage}/ is gone before ${formatMinor(ctx.stageVersion("4"))}`
        );
        evidence.push({ file: `${kubernetes.ipvsPackage}/`, note: "no files" });
      }
    }
    if (isAtLeast(ctx.target, ctx.stageVersion("2")) && isBefore(ctx.target, ctx.stageVersion("cleanup"))) {
      const facts = await gateFacts(ctx);
      if (!facts.declaration && !facts.specs) {
        problems.push(`${gate} is gone before ${formatMinor(ctx.stageVersion("cleanup"))}`);
        evidence.push({ file: kubernetes.featureFiles[0], note: `no ${gate}` });
      }
    }
    if (problems.length > 0)
      return fail(
        `removed too early at ${formatMinor(ctx.target)}: ${problems.join("; ")}`,
        evidence
      );
    return pass(`nothing scheduled for later removal is gone at ${formatMinor(ctx.target)}`);
  }
};

// src/criteria/mode-rejection.ts
var MESSAGE_AT = {
  "field.Invalid": 2,
  "field.Forbidden": 1,
  "field.Required": 1,
  "field.NotSupported": "supported",
  "fmt.Errorf": "format",
  "errors.New": 0
};
async function messageOf(reader, f, call) {
  const at2 = MESSAGE_AT[call.name];
  const args = call.args;
  if (at2 === "format") return args[0] ? reader.formatted(f, args[0], args.slice(1)) : [];
  if (at2 === "supported") {
    const lists = args[2] ? await reader.values(f, args[2]) : [];
    const place3 = { file: f.file, line: f.line(call.start) };
    return lists.map((l) => {
      if (l.kind !== "list") return l;
      const items = l.items.filter((i) => i.when.length === 0).map((i) => JSON.stringify(i.text));
      return known(`supported values: ${items.join(", ")}`, place3);
    });
  }
  if (typeof at2 === "number") return args[at2] ? reader.values(f, args[at2]) : [];
  return reader.concatenated(f, args);
}
async function rejectionsIn(reader, f, range, errorCalls) {
  const v = f.v;
  const errors = f.calls().filter((call) => errorCalls.includes(call.name));
  const inRange = (call, r) => call.open > r[0] && call.open < r[1];
  const out = [];
  const add = async (at2, call) => {
    out.push({ at: at2, line: f.line(call.start), message: await messageOf(reader, f, call) });
  };
  for (const call of errors) if (inRange(call, range)) await add(call.open, call);
  for (let j = range[0]; j < range[1]; j++) {
    if (!v.isIdent(j, "return")) continue;
    for (const [s, e] of f.split(j + 1, f.statementEnd(j + 1))) {
      if (e !== s + 1 || v.K(s) !== IDENT) continue;
      for (const r of reader.assigned(f, s)) {
        for (const call of errors) if (inRange(call, [r[0] - 1, r[1]])) await add(j, call);
      }
    }
  }
  return out;
}
async function isMode(reader, f, range, words) {
  for (let j = range[0]; j < range[1]; j++) {
    if (f.v.K(j) === IDENT && words.includes(f.v.T(j))) return true;
  }
  const lower = words.map((w) => w.toLowerCase());
  return (await reader.values(f, range)).some(
    (value) => value.kind === "string" && lower.includes(value.text.toLowerCase())
  );
}
async function comparesWithMode(reader, f, range, words) {
  for (const conjunct of f.split(range[0], range[1], "&&")) {
    const sides = f.split(conjunct[0], conjunct[1], "==");
    if (sides.length !== 2) continue;
    for (const side of sides) if (await isMode(reader, f, side, words)) return true;
  }
  return false;
}
async function underModeCheck(reader, f, i, body, words) {
  const v = f.v;
  for (let b = f.enclosingBlock(i); b > body.open; b = f.enclosingBlock(b)) {
    const start = headerStart(f, b);
    const keyword = v.isIdent(start, "else") && v.isIdent(start + 1, "if") ? start + 1 : start;
    if (v.isIdent(keyword, "if") && await comparesWithMode(reader, f, ifConditionRange(f, keyword, b), words)) {
      return true;
    }
    if (v.isIdent(start, "switch")) {
      const found = caseLabelAt(f, b, i);
      if (found && !v.isIdent(found.label, "default")) {
        for (const c of f.split(found.label + 1, found.colon))
          if (await isMode(reader, f, c, words)) return true;
      }
    }
  }
  return false;
}
async function explicitGuards(reader, f, body, gate, words) {
  const v = f.v;
  const out = [];
  for (let k = body.open + 1; k < body.close; k++) {
    if (!v.isIdent(k, "if")) continue;
    const open = headerBody(f, k);
    if (open < 0) continue;
    const condition = ifConditionRange(f, k, open);
    const offTest = f.split(condition[0], condition[1], "&&").find((c) => {
      const read2 = gateRead(f, c);
      return read2?.gate === gate && !read2.enabled;
    });
    if (!offTest) continue;
    const rejections = [];
    for (const r of await rejectionsIn(reader, f, [open, v.M(open)], words.errorCalls)) {
      if (await underModeCheck(reader, f, r.at, body, words.ipvsMode)) rejections.push(r);
    }
    if (rejections.length > 0) out.push({ gateLine: f.line(offTest[0]), rejections });
  }
  return out;
}
async function modeSets(reader, f, body, gate, words) {
  const lower = words.ipvsMode.map((w) => w.toLowerCase());
  const out = [];
  for (const call of f.calls()) {
    if (call.open < body.open || call.open > body.close) continue;
    if (call.chain.length !== 2 || call.chain[1] !== "Has") continue;
    for (const value of await reader.values(f, [call.start, call.start + 1])) {
      if (value.kind !== "list") continue;
      const isMode2 = (i) => lower.includes(i.text.toLowerCase());
      out.push({
        line: f.line(call.start),
        modeItems: value.items.filter(isMode2),
        otherGated: value.items.filter((i) => !isMode2(i) && i.when.some((c) => c.gate === gate))
      });
    }
  }
  return out;
}

// src/criteria/mode-validation.ts
function judgeText(rejections, gate, modes) {
  let missing2 = modes;
  let unknown;
  for (const r of rejections) {
    const texts = r.message.filter(
      (m) => m.kind !== "string" || !m.when.some((c) => c.gate === gate && c.enabled)
    );
    for (const m of texts) {
      if (m.kind === "unknown") {
        unknown ??= m.unknown;
        continue;
      }
      if (m.kind !== "string") continue;
      const lacking = modes.filter((mode) => !m.text.toLowerCase().includes(mode.toLowerCase()));
      if (lacking.length === 0) return { names: r, missing: [] };
      if (lacking.length < missing2.length) missing2 = lacking;
      unknown ??= m.unknown[0];
    }
  }
  return unknown ? { names: void 0, missing: missing2, unknown } : { names: void 0, missing: missing2 };
}
function best(outcomes) {
  const rank2 = (o) => "skipped" in o ? 0 : o.pass ? o.warning ? 2 : 3 : 1;
  return outcomes.reduce(
    (a, o) => !a || rank2(o) > rank2(a) ? o : a,
    void 0
  );
}
async function guardOutcomes(reader, f, body, words, j) {
  const out = [];
  for (const guard of await explicitGuards(reader, f, body, j.gate, words)) {
    const text2 = judgeText(guard.rejections, j.gate, j.modes);
    const at2 = { file: j.file, line: guard.gateLine };
    if (text2.names) {
      out.push(
        pass(
          `${j.name} rejects ipvs mode unless ${j.gate} is on, naming ${j.modes.join(" and ")}`,
          [
            { ...at2, note: `checks ${j.gate}` },
            { file: j.file, line: text2.names.line, note: "the error" }
          ]
        )
      );
    } else if (text2.unknown) out.push(warn(unreadable2(text2.unknown, "the error"), [at2]));
    else out.push(fail(missing(j, `checks ${j.gate} for ipvs mode`, text2.missing), [at2]));
  }
  return out;
}
function missing(j, what, modes) {
  return `${j.name} ${what}, but its error does not name the valid mode(s) ${modes.join(" and ")}`;
}
async function setOutcomes(reader, f, body, words, j) {
  const out = [];
  const { gate } = j;
  for (const set of await modeSets(reader, f, body, gate, words)) {
    if (set.modeItems.length === 0) continue;
    const ungated = set.modeItems.find((i) => !i.when.some((c) => c.gate === gate && c.enabled));
    if (ungated) {
      const other = set.otherGated[0];
      const why = other ? `${gate} guards ${other.text} (${other.from.file}:${other.from.line}) instead` : ungated.when.length > 0 ? `it is added only when ${ungated.when.map(describeCondition).join(" and ")}` : "nothing guards it";
      out.push(
        fail(
          `${j.name} accepts ipvs mode whether or not ${gate} is enabled: ipvs is in the set of valid modes checked at :${set.line} (from ${ungated.from.file}:${ungated.from.line}) and ${why}`,
          [{ file: j.file, line: set.line, note: "the set of valid modes" }]
        )
      );
      continue;
    }
    const condition = set.modeItems[0].when.find((c) => c.gate === gate);
    const rejections = await rejectionsIn(reader, f, [body.open, body.close], words.errorCalls);
    const text2 = judgeText(rejections, gate, j.modes);
    const at2 = {
      file: condition.at.file,
      line: condition.at.line,
      note: `ipvs is a valid mode only when ${gate} is enabled`
    };
    if (text2.names) {
      out.push(
        pass(
          `${j.name} accepts ipvs mode only when ${gate} is enabled (the set of valid modes checked at :${set.line}), and its error names ${j.modes.join(" and ")}`,
          [at2, { file: j.file, line: text2.names.line, note: "the error" }]
        )
      );
    } else if (text2.unknown) out.push(warn(unreadable2(text2.unknown, "the error"), [at2]));
    else
      out.push(
        fail(missing(j, `accepts ipvs mode only when ${gate} is enabled`, text2.missing), [at2])
      );
  }
  return out;
}
var ipvsModeRequiresGate = {
  id: "ipvs-mode-requires-gate",
  repo: "kubernetes",
  explain: (p) => `Stage 3: running kube-proxy in ipvs mode without overriding the gate exits with an error listing the valid modes (${p.kubernetes.modeValidation.validModes.join(" and ")}).`,
  async check(ctx) {
    const { gate, kubernetes } = ctx.policy;
    const { paths, validModes } = kubernetes.modeValidation;
    const reader = await goValues(ctx);
    const outcomes = [];
    for (const file of paths) {
      const f = await reader.file(file);
      if (!f) continue;
      for (const body of f.bodies) {
        if (body.name === void 0 || f.v.depth(body.at) !== 0) continue;
        let readsGate = false;
        for (let j = body.open; j < body.close && !readsGate; j++) readsGate = f.v.isIdent(j, gate);
        if (!readsGate) continue;
        const judged = {
          name: `${body.name} (${file}:${f.line(body.at)})`,
          file,
          gate,
          modes: validModes
        };
        const words = kubernetes.modeValidation;
        const guards = await guardOutcomes(reader, f, body, words, judged);
        const decided = guards[0] ?? (await setOutcomes(reader, f, body, words, judged))[0];
        if (decided) outcomes.push(decided);
      }
    }
    return best(outcomes) ?? fail(`no code in ${paths.join(", ")} checks ${gate} when ipvs mode is chosen`, [
      { file: paths[0] }
    ]);
  }
};

// src/criteria/package-removal.ts
var MAX_LISTED = 50;
var ipvsPackageRemoved = {
  id: "ipvs-package-removed",
  repo: "kubernetes",
  explain: (p) => `Stage 4: ${p.kubernetes.ipvsPackage} is removed, and nothing outside vendor/ imports it.`,
  async check(ctx) {
    const { ipvsPackage, ipvsImport } = ctx.policy.kubernetes;
    const [files, imports] = await Promise.all([ctx.repo.list(ipvsPackage), ipvsImports(ctx)]);
    const left = [...files.map((file) => ({ file, note: "still present" })), ...imports];
    if (left.length > 0) {
      const parts = [];
      if (files.length) parts.push(`${files.length} file(s) remain under ${ipvsPackage}/`);
      if (imports.length)
        parts.push(`${imports.length} import(s) of ${ipvsImport} remain (${summarise(imports)})`);
      return fail(parts.join("; "), left.slice(0, MAX_LISTED));
    }
    return pass(`${ipvsPackage}/ is gone and no Go file outside vendor/ imports it`);
  }
};

// src/evidence/go-messages.ts
var NOT_LOGGERS = /* @__PURE__ */ new Set(["fmt", "errors"]);
async function messageCalls(reader, f, names) {
  const out = [];
  for (const call of f.calls()) {
    const method = call.method;
    const isLog = names.logCalls.includes(method);
    if (!isLog && !names.eventCalls.includes(method)) continue;
    const written = call.chain.join(".");
    const line = f.line(call.start);
    if (isLog) {
      if (call.chain.length === 2 && NOT_LOGGERS.has(call.chain[0])) continue;
      const message = await logMessage(reader, f, call, method);
      if (message) {
        out.push({
          kind: "log",
          call: written,
          file: f.file,
          line,
          level: levelOf(method),
          message
        });
      }
    } else {
      const event = await eventMessage(reader, f, call, method);
      if (event) out.push({ kind: "event", call: written, file: f.file, line, ...event });
    }
  }
  return out;
}
function levelOf(method) {
  if (method.startsWith("Error") || method.startsWith("Fatal")) return "error";
  if (method.startsWith("Warning")) return "warning";
  return "info";
}
function isKlogFunction(f, call) {
  const root = call.chain[0] ?? "";
  const klog = f.imports.some(
    (i) => i.path.startsWith("k8s.io/klog") && (i.alias ?? packageNameOf(i.path)) === root
  );
  return klog && (call.chain.length === 2 || call.chain.length === 3 && call.chain[1] === "V");
}
async function logMessage(reader, f, call, method) {
  const [first, ...rest] = call.args;
  if (!first) return void 0;
  if (method.endsWith("f")) return reader.formatted(f, first, rest);
  if (isKlogFunction(f, call) && !method.endsWith("S")) return reader.concatenated(f, call.args);
  const message = method.startsWith("Error") ? call.args[1] : first;
  return message ? reader.values(f, message) : void 0;
}
async function eventType(reader, f, range) {
  if (!range) return void 0;
  const written = f.text(range);
  if (/(^|\.)EventTypeWarning$/.test(written)) return "Warning";
  if (/(^|\.)EventTypeNormal$/.test(written)) return "Normal";
  const values = await reader.values(f, range);
  const texts = new Set(
    values.map((v) => v.kind === "string" && v.unknown.length === 0 ? v.text : "")
  );
  if (texts.size !== 1) return void 0;
  const [text2] = texts;
  return text2 === "Warning" || text2 === "Normal" ? text2 : void 0;
}
async function eventMessage(reader, f, call, method) {
  const a = call.args;
  let typeAt = method === "AnnotatedEventf" ? 2 : 1;
  let level = await eventType(reader, f, a[typeAt]);
  let messageAt = typeAt + 2;
  if (!level && method === "Eventf") {
    typeAt = 2;
    level = await eventType(reader, f, a[typeAt]);
    messageAt = 5;
  }
  const format2 = a[messageAt];
  if (!level || !format2) return void 0;
  const message = method === "Event" ? await reader.values(f, format2) : await reader.formatted(f, format2, a.slice(messageAt + 1));
  const out = { level, message };
  const reasonAt = a[typeAt + 1];
  if (reasonAt) {
    const reason = (await reader.values(f, reasonAt))[0];
    if (reason?.kind === "string" && reason.unknown.length === 0) out.reason = reason.text;
  }
  return out;
}

// src/criteria/warning-messages.ts
function lowerIncludes(text2, word) {
  return text2.toLowerCase().includes(word.toLowerCase());
}
async function candidateFiles(ctx) {
  const { warning, excludeGo } = ctx.policy.kubernetes;
  const include = warning.paths.map((p) => `${p.endsWith("/") ? p : `${p}/`}**/*.go`);
  const words = [...warning.mustSay, ...warning.pointsAt];
  const hits = await ctx.repo.grep({
    patterns: warning.mustSay.map((w) => w.toLowerCase()),
    ignoreCase: true,
    include,
    exclude: excludeGo
  });
  const files = filesOf(hits);
  const reader = await goValues(ctx);
  const names = /* @__PURE__ */ new Set();
  for (const file of files) {
    const f = await reader.file(file);
    if (!f) continue;
    for (const [name, decls] of f.decls) {
      const holds = decls.some((d) => {
        if (d.kind !== "const" && d.kind !== "var" || !d.value) return false;
        for (let j = d.value[0]; j < d.value[1]; j++) {
          const text2 = f.v.T(j);
          if (f.v.K(j) === STRING && text2.includes(" ") && words.some((w) => lowerIncludes(text2, w)))
            return true;
        }
        return false;
      });
      if (holds) names.add(name);
    }
  }
  if (names.size > 0) {
    const users = await ctx.repo.grep({ patterns: [...names], include, exclude: excludeGo });
    files.push(...filesOf(users));
  }
  return [...new Set(files)].sort();
}
function kubeProxyMessages(ctx) {
  return ctx.memo("kube-proxy-messages", async () => {
    const { warning } = ctx.policy.kubernetes;
    const reader = await goValues(ctx);
    const sent = /* @__PURE__ */ new Map();
    for (const file of await candidateFiles(ctx)) {
      const f = await reader.file(file);
      if (!f) continue;
      for (const call of await messageCalls(reader, f, warning)) {
        if (call.kind === "event" && call.level !== "Warning") continue;
        for (const value of call.message) {
          const s = value.kind === "string" ? value : {
            kind: "string",
            text: HOLE,
            from: value.kind === "unknown" ? value.unknown.at : value.from,
            unknown: value.kind === "unknown" ? [value.unknown] : value.unknown,
            when: []
          };
          const text2 = s.text.replace(/\s+/g, " ").trim();
          const key = `${s.from.file}:${s.from.line}
${text2}`;
          const entry = sent.get(key) ?? { text: text2, defined: s.from, calls: [], unknown: s.unknown };
          if (!entry.calls.includes(call)) entry.calls.push(call);
          sent.set(key, entry);
        }
      }
    }
    const messages = [...sent.values()];
    const says = (m) => warning.mustSay.every((w) => lowerIncludes(m.text, w)) && warning.pointsAt.some((w) => lowerIncludes(m.text, w));
    const words = [...warning.mustSay, ...warning.pointsAt];
    const about = (m) => new Set(words.filter((w) => lowerIncludes(m.text, w)).map((w) => w.toLowerCase())).size >= 2 || m.unknown.some((u) => words.some((w) => lowerIncludes(u.expr, w)));
    return {
      warnings: messages.filter(says),
      unreadable: messages.filter((m) => !says(m) && m.unknown.length > 0 && about(m))
    };
  });
}
function where(p, from) {
  return p.file === from.file ? `:${p.line}` : `${p.file}:${p.line}`;
}
function sentAs(call) {
  return call.kind === "log" ? "logged" : `recorded as event ${call.reason ?? "(reason not read)"}`;
}
function describeSent(m) {
  const only = m.calls[0];
  if (m.calls.length === 1 && only && only.file === m.defined.file && only.line === m.defined.line) {
    return `${sentAs(only)} at ${only.file}:${only.line}`;
  }
  const uses = m.calls.map((c) => `${sentAs(c)} at ${where(c, m.defined)}`);
  return `message defined at ${m.defined.file}:${m.defined.line}, ${uses.join(", ")}`;
}
function sentEvidence(m) {
  const out = [{ file: m.defined.file, line: m.defined.line, note: m.text }];
  for (const c of m.calls) {
    const same = out.find((e) => e.file === c.file && e.line === c.line);
    if (!same) out.push({ file: c.file, line: c.line, note: sentAs(c) });
  }
  return out;
}

// src/criteria/warning.ts
function unreadableWarning(m) {
  const u = m.unknown[0];
  const call = m.calls[0];
  return warn(`${unreadable2(u)} (sent at ${call.file}:${call.line})`, [
    { file: call.file, line: call.line, note: m.text },
    { file: u.at.file, line: u.at.line, note: u.why }
  ]);
}
var kubeProxyWarns = {
  id: "kube-proxy-warns",
  repo: "kubernetes",
  explain: "Stage 1: kube-proxy prints a warning when a user starts it in ipvs mode.",
  async check(ctx) {
    const { warnings, unreadable: unread } = await kubeProxyMessages(ctx);
    const { warning } = ctx.policy.kubernetes;
    const first = warnings[0];
    if (first) {
      return pass(
        `kube-proxy warns that ipvs is deprecated: ${describeSent(first)}`,
        warnings.flatMap(sentEvidence)
      );
    }
    if (unread[0]) return unreadableWarning(unread[0]);
    return fail(
      `no warning in ${warning.paths.join(" or ")} says ipvs is ${warning.mustSay.filter((w) => w.toLowerCase() !== "ipvs").join(" and ")} and points to ${warning.pointsAt.join(" or ")}`,
      [{ file: warning.paths[0] }]
    );
  }
};
function releasesToName(ctx) {
  const rule = ctx.policy.kubernetes.announce.find(
    (a) => isAtLeast(ctx.target, ctx.stageVersion(a.from)) && isBefore(ctx.target, ctx.stageVersion(a.until))
  );
  return (rule?.names ?? []).map((stage) => formatMinor(ctx.stageVersion(stage)));
}
var warningAnnouncesSchedule = {
  id: "warning-announces-schedule",
  repo: "kubernetes",
  explain: (policy) => `Stage 2: warning messages say the gate goes Default: false in the stage 3 release (${stageRelease(policy, "3")}) and is locked, with ipvs gone, in the stage 4 release (${stageRelease(policy, "4")}).`,
  async check(ctx) {
    const releases = releasesToName(ctx);
    if (releases.length === 0) return { skipped: "no announcement is required at this release" };
    const { warnings, unreadable: unread } = await kubeProxyMessages(ctx);
    if (warnings.length === 0) {
      if (unread[0]) return unreadableWarning(unread[0]);
      return fail(`there is no ipvs deprecation warning to name ${releases.join(" and ")}`, [
        { file: ctx.policy.kubernetes.warning.paths[0] }
      ]);
    }
    const complete = warnings.find((w) => releases.every((r) => namesRelease(w.text, r)));
    if (complete) {
      return pass(
        `the ipvs warning names ${releases.join(" and ")}: ${describeSent(complete)}`,
        sentEvidence(complete)
      );
    }
    const partial = warnings.find((w) => w.unknown.length > 0);
    if (partial) return unreadableWarning(partial);
    const best2 = warnings[0];
    const missing2 = releases.filter((r) => !namesRelease(best2.text, r));
    return fail(
      `the ipvs warning at ${best2.defined.file}:${best2.defined.line} does not name ${missing2.join(" and ")}; at ${formatMinor(ctx.target)} it must name ${releases.join(" and ")}`,
      warnings.flatMap(sentEvidence)
    );
  }
};

// src/evidence/markdown.ts
var import_yaml3 = __toESM(require_dist(), 1);

// node_modules/mdurl/index.mjs
var mdurl_exports = {};
__export(mdurl_exports, {
  decode: () => decode_default,
  encode: () => encode_default,
  format: () => format,
  parse: () => parse_default
});

// node_modules/mdurl/lib/decode.mjs
var decodeCache = {};
function getDecodeCache(exclude) {
  let cache = decodeCache[exclude];
  if (cache) {
    return cache;
  }
  cache = decodeCache[exclude] = [];
  for (let i = 0; i < 128; i++) {
    const ch = String.fromCharCode(i);
    cache.push(ch);
  }
  for (let i = 0; i < exclude.length; i++) {
    const ch = exclude.charCodeAt(i);
    cache[ch] = "%" + ("0" + ch.toString(16).toUpperCase()).slice(-2);
  }
  return cache;
}
function decode(string, exclude) {
  if (typeof exclude !== "string") {
    exclude = decode.defaultChars;
  }
  const cache = getDecodeCache(exclude);
  return string.replace(/(%[a-f0-9]{2})+/gi, function(seq) {
    let result = "";
    for (let i = 0, l = seq.length; i < l; i += 3) {
      const b1 = parseInt(seq.slice(i + 1, i + 3), 16);
      if (b1 < 128) {
        result += cache[b1];
        continue;
      }
      if ((b1 & 224) === 192 && i + 3 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        if ((b2 & 192) === 128) {
          const chr = b1 << 6 & 1984 | b2 & 63;
          if (chr < 128) {
            result += "\uFFFD\uFFFD";
          } else {
            result += String.fromCharCode(chr);
          }
          i += 3;
          continue;
        }
      }
      if ((b1 & 240) === 224 && i + 6 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
        if ((b2 & 192) === 128 && (b3 & 192) === 128) {
          const chr = b1 << 12 & 61440 | b2 << 6 & 4032 | b3 & 63;
          if (chr < 2048 || chr >= 55296 && chr <= 57343) {
            result += "\uFFFD\uFFFD\uFFFD";
          } else {
            result += String.fromCharCode(chr);
          }
          i += 6;
          continue;
        }
      }
      if ((b1 & 248) === 240 && i + 9 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
        const b4 = parseInt(seq.slice(i + 10, i + 12), 16);
        if ((b2 & 192) === 128 && (b3 & 192) === 128 && (b4 & 192) === 128) {
          let chr = b1 << 18 & 1835008 | b2 << 12 & 258048 | b3 << 6 & 4032 | b4 & 63;
          if (chr < 65536 || chr > 1114111) {
            result += "\uFFFD\uFFFD\uFFFD\uFFFD";
          } else {
            chr -= 65536;
            result += String.fromCharCode(55296 + (chr >> 10), 56320 + (chr & 1023));
          }
          i += 9;
          continue;
        }
      }
      result += "\uFFFD";
    }
    return result;
  });
}
decode.defaultChars = ";/?:@&=+$,#";
decode.componentChars = "";
var decode_default = decode;

// node_modules/mdurl/lib/encode.mjs
var encodeCache = {};
function getEncodeCache(exclude) {
  let cache = encodeCache[exclude];
  if (cache) {
    return cache;
  }
  cache = encodeCache[exclude] = [];
  for (let i = 0; i < 128; i++) {
    const ch = String.fromCharCode(i);
    if (/^[0-9a-z]$/i.test(ch)) {
      cache.push(ch);
    } else {
      cache.push("%" + ("0" + i.toString(16).toUpperCase()).slice(-2));
    }
  }
  for (let i = 0; i < exclude.length; i++) {
    cache[exclude.charCodeAt(i)] = exclude[i];
  }
  return cache;
}
function encode(string, exclude, keepEscaped) {
  if (typeof exclude !== "string") {
    keepEscaped = exclude;
    exclude = encode.defaultChars;
  }
  if (typeof keepEscaped === "undefined") {
    keepEscaped = true;
  }
  const cache = getEncodeCache(exclude);
  let result = "";
  for (let i = 0, l = string.length; i < l; i++) {
    const code2 = string.charCodeAt(i);
    if (keepEscaped && code2 === 37 && i + 2 < l) {
      if (/^[0-9a-f]{2}$/i.test(string.slice(i + 1, i + 3))) {
        result += string.slice(i, i + 3);
        i += 2;
        continue;
      }
    }
    if (code2 < 128) {
      result += cache[code2];
      continue;
    }
    if (code2 >= 55296 && code2 <= 57343) {
      if (code2 >= 55296 && code2 <= 56319 && i + 1 < l) {
        const nextCode = string.charCodeAt(i + 1);
        if (nextCode >= 56320 && nextCode <= 57343) {
          result += encodeURIComponent(string[i] + string[i + 1]);
          i++;
          continue;
        }
      }
      result += "%EF%BF%BD";
      continue;
    }
    result += encodeURIComponent(string[i]);
  }
  return result;
}
encode.defaultChars = ";/?:@&=+$,-_.!~*'()#";
encode.componentChars = "-_.!~*'()";
var encode_default = encode;

// node_modules/mdurl/lib/format.mjs
function format(url) {
  let result = "";
  result += url.protocol || "";
  result += url.slashes ? "//" : "";
  result += url.auth ? url.auth + "@" : "";
  if (url.hostname && url.hostname.indexOf(":") !== -1) {
    result += "[" + url.hostname + "]";
  } else {
    result += url.hostname || "";
  }
  result += url.port ? ":" + url.port : "";
  result += url.pathname || "";
  result += url.search || "";
  result += url.hash || "";
  return result;
}

// node_modules/mdurl/lib/parse.mjs
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.pathname = null;
}
var protocolPattern = /^([a-z0-9.+-]+:)/i;
var portPattern = /:[0-9]*$/;
var simplePathPattern = /^(\/\/?(?!\/)[^\?\s]*)(\?[^\s]*)?$/;
var delims = ["<", ">", '"', "`", " ", "\r", "\n", "	"];
var unwise = ["{", "}", "|", "\\", "^", "`"].concat(delims);
var autoEscape = ["'"].concat(unwise);
var nonHostChars = ["%", "/", "?", ";", "#"].concat(autoEscape);
var hostEndingChars = ["/", "?", "#"];
var hostnameMaxLen = 255;
var hostnamePartPattern = /^[+a-z0-9A-Z_-]{0,63}$/;
var hostnamePartStart = /^([+a-z0-9A-Z_-]{0,63})(.*)$/;
var hostlessProtocol = {
  javascript: true,
  "javascript:": true
};
var slashedProtocol = {
  http: true,
  https: true,
  ftp: true,
  gopher: true,
  file: true,
  "http:": true,
  "https:": true,
  "ftp:": true,
  "gopher:": true,
  "file:": true
};
function urlParse(url, slashesDenoteHost) {
  if (url && url instanceof Url) return url;
  const u = new Url();
  u.parse(url, slashesDenoteHost);
  return u;
}
Url.prototype.parse = function(url, slashesDenoteHost) {
  let lowerProto, hec, slashes;
  let rest = url;
  rest = rest.trim();
  if (!slashesDenoteHost && url.split("#").length === 1) {
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
      }
      return this;
    }
  }
  let proto = protocolPattern.exec(rest);
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = proto;
    rest = rest.substr(proto.length);
  }
  if (slashesDenoteHost || proto || rest.match(/^\/\/[^@\/]+@[^@\/]+/)) {
    slashes = rest.substr(0, 2) === "//";
    if (slashes && !(proto && hostlessProtocol[proto])) {
      rest = rest.substr(2);
      this.slashes = true;
    }
  }
  if (!hostlessProtocol[proto] && (slashes || proto && !slashedProtocol[proto])) {
    let hostEnd = -1;
    for (let i = 0; i < hostEndingChars.length; i++) {
      hec = rest.indexOf(hostEndingChars[i]);
      if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) {
        hostEnd = hec;
      }
    }
    let auth, atSign;
    if (hostEnd === -1) {
      atSign = rest.lastIndexOf("@");
    } else {
      atSign = rest.lastIndexOf("@", hostEnd);
    }
    if (atSign !== -1) {
      auth = rest.slice(0, atSign);
      rest = rest.slice(atSign + 1);
      this.auth = auth;
    }
    hostEnd = -1;
    for (let i = 0; i < nonHostChars.length; i++) {
      hec = rest.indexOf(nonHostChars[i]);
      if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) {
        hostEnd = hec;
      }
    }
    if (hostEnd === -1) {
      hostEnd = rest.length;
    }
    if (rest[hostEnd - 1] === ":") {
      hostEnd--;
    }
    const host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    this.parseHost(host);
    this.hostname = this.hostname || "";
    const ipv6Hostname = this.hostname[0] === "[" && this.hostname[this.hostname.length - 1] === "]";
    if (!ipv6Hostname) {
      const hostparts = this.hostname.split(/\./);
      for (let i = 0, l = hostparts.length; i < l; i++) {
        const part = hostparts[i];
        if (!part) {
          continue;
        }
        if (!part.match(hostnamePartPattern)) {
          let newpart = "";
          for (let j = 0, k = part.length; j < k; j++) {
            if (part.charCodeAt(j) > 127) {
              newpart += "x";
            } else {
              newpart += part[j];
            }
          }
          if (!newpart.match(hostnamePartPattern)) {
            const validParts = hostparts.slice(0, i);
            const notHost = hostparts.slice(i + 1);
            const bit = part.match(hostnamePartStart);
            if (bit) {
              validParts.push(bit[1]);
              notHost.unshift(bit[2]);
            }
            if (notHost.length) {
              rest = notHost.join(".") + rest;
            }
            this.hostname = validParts.join(".");
            break;
          }
        }
      }
    }
    if (this.hostname.length > hostnameMaxLen) {
      this.hostname = "";
    }
    if (ipv6Hostname) {
      this.hostname = this.hostname.substr(1, this.hostname.length - 2);
    }
  }
  const hash = rest.indexOf("#");
  if (hash !== -1) {
    this.hash = rest.substr(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf("?");
  if (qm !== -1) {
    this.search = rest.substr(qm);
    rest = rest.slice(0, qm);
  }
  if (rest) {
    this.pathname = rest;
  }
  if (slashedProtocol[lowerProto] && this.hostname && !this.pathname) {
    this.pathname = "";
  }
  return this;
};
Url.prototype.parseHost = function(host) {
  let port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ":") {
      this.port = port.substr(1);
    }
    host = host.substr(0, host.length - port.length);
  }
  if (host) {
    this.hostname = host;
  }
};
var parse_default = urlParse;

// node_modules/uc.micro/build/index.mjs
var build_exports = {};
__export(build_exports, {
  Any: () => Any,
  Cc: () => Cc,
  Cf: () => Cf,
  P: () => P,
  S: () => S,
  Z: () => Z
});
var Any = /[\0-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var Cc = /[\0-\x1F\x7F-\x9F]/;
var Cf = /[\xAD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\uD804[\uDCBD\uDCCD]|\uD80D[\uDC30-\uDC3F]|\uD82F[\uDCA0-\uDCA3]|\uD834[\uDD73-\uDD7A]|\uDB40[\uDC01\uDC20-\uDC7F]/;
var P = /[!-#%-\*,-\/:;\?@\[-\]_\{\}\xA1\xA7\xAB\xB6\xB7\xBB\xBF\u037E\u0387\u055A-\u055F\u0589\u058A\u05BE\u05C0\u05C3\u05C6\u05F3\u05F4\u0609\u060A\u060C\u060D\u061B\u061D-\u061F\u066A-\u066D\u06D4\u0700-\u070D\u07F7-\u07F9\u0830-\u083E\u085E\u0964\u0965\u0970\u09FD\u0A76\u0AF0\u0C77\u0C84\u0DF4\u0E4F\u0E5A\u0E5B\u0F04-\u0F12\u0F14\u0F3A-\u0F3D\u0F85\u0FD0-\u0FD4\u0FD9\u0FDA\u104A-\u104F\u10FB\u1360-\u1368\u1400\u166E\u169B\u169C\u16EB-\u16ED\u1735\u1736\u17D4-\u17D6\u17D8-\u17DA\u1800-\u180A\u1944\u1945\u1A1E\u1A1F\u1AA0-\u1AA6\u1AA8-\u1AAD\u1B4E\u1B4F\u1B5A-\u1B60\u1B7D-\u1B7F\u1BFC-\u1BFF\u1C3B-\u1C3F\u1C7E\u1C7F\u1CC0-\u1CC7\u1CD3\u2010-\u2027\u2030-\u2043\u2045-\u2051\u2053-\u205E\u207D\u207E\u208D\u208E\u2308-\u230B\u2329\u232A\u2768-\u2775\u27C5\u27C6\u27E6-\u27EF\u2983-\u2998\u29D8-\u29DB\u29FC\u29FD\u2CF9-\u2CFC\u2CFE\u2CFF\u2D70\u2E00-\u2E2E\u2E30-\u2E4F\u2E52-\u2E5D\u3001-\u3003\u3008-\u3011\u3014-\u301F\u3030\u303D\u30A0\u30FB\uA4FE\uA4FF\uA60D-\uA60F\uA673\uA67E\uA6F2-\uA6F7\uA874-\uA877\uA8CE\uA8CF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA95F\uA9C1-\uA9CD\uA9DE\uA9DF\uAA5C-\uAA5F\uAADE\uAADF\uAAF0\uAAF1\uABEB\uFD3E\uFD3F\uFE10-\uFE19\uFE30-\uFE52\uFE54-\uFE61\uFE63\uFE68\uFE6A\uFE6B\uFF01-\uFF03\uFF05-\uFF0A\uFF0C-\uFF0F\uFF1A\uFF1B\uFF1F\uFF20\uFF3B-\uFF3D\uFF3F\uFF5B\uFF5D\uFF5F-\uFF65]|\uD800[\uDD00-\uDD02\uDF9F\uDFD0]|\uD801\uDD6F|\uD802[\uDC57\uDD1F\uDD3F\uDE50-\uDE58\uDE7F\uDEF0-\uDEF6\uDF39-\uDF3F\uDF99-\uDF9C]|\uD803[\uDD6E\uDEAD\uDED0\uDF55-\uDF59\uDF86-\uDF89]|\uD804[\uDC47-\uDC4D\uDCBB\uDCBC\uDCBE-\uDCC1\uDD40-\uDD43\uDD74\uDD75\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDDF\uDE38-\uDE3D\uDEA9\uDFD4\uDFD5\uDFD7\uDFD8]|\uD805[\uDC4B-\uDC4F\uDC5A\uDC5B\uDC5D\uDCC6\uDDC1-\uDDD7\uDE41-\uDE43\uDE60-\uDE6C\uDEB9\uDF3C-\uDF3E]|\uD806[\uDC3B\uDD44-\uDD46\uDDE2\uDE3F-\uDE46\uDE9A-\uDE9C\uDE9E-\uDEA2\uDF00-\uDF09\uDFE1]|\uD807[\uDC41-\uDC45\uDC70\uDC71\uDEF7\uDEF8\uDF43-\uDF4F\uDFFF]|\uD809[\uDC70-\uDC74]|\uD80B[\uDFF1\uDFF2]|\uD81A[\uDE6E\uDE6F\uDEF5\uDF37-\uDF3B\uDF44]|\uD81B[\uDD6D-\uDD6F\uDE97-\uDE9A\uDFE2]|\uD82F\uDC9F|\uD836[\uDE87-\uDE8B]|\uD839\uDDFF|\uD83A[\uDD5E\uDD5F]/;
var S = /[\$\+<->\^`\|~\xA2-\xA6\xA8\xA9\xAC\xAE-\xB1\xB4\xB8\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0384\u0385\u03F6\u0482\u058D-\u058F\u0606-\u0608\u060B\u060E\u060F\u06DE\u06E9\u06FD\u06FE\u07F6\u07FE\u07FF\u0888\u09F2\u09F3\u09FA\u09FB\u0AF1\u0B70\u0BF3-\u0BFA\u0C7F\u0D4F\u0D79\u0E3F\u0F01-\u0F03\u0F13\u0F15-\u0F17\u0F1A-\u0F1F\u0F34\u0F36\u0F38\u0FBE-\u0FC5\u0FC7-\u0FCC\u0FCE\u0FCF\u0FD5-\u0FD8\u109E\u109F\u1390-\u1399\u166D\u17DB\u1940\u19DE-\u19FF\u1B61-\u1B6A\u1B74-\u1B7C\u1FBD\u1FBF-\u1FC1\u1FCD-\u1FCF\u1FDD-\u1FDF\u1FED-\u1FEF\u1FFD\u1FFE\u2044\u2052\u207A-\u207C\u208A-\u208C\u20A0-\u20C1\u2100\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F\u218A\u218B\u2190-\u2307\u230C-\u2328\u232B-\u2429\u2440-\u244A\u249C-\u24E9\u2500-\u2767\u2794-\u27C4\u27C7-\u27E5\u27F0-\u2982\u2999-\u29D7\u29DC-\u29FB\u29FE-\u2B73\u2B76-\u2BFF\u2CE5-\u2CEA\u2E50\u2E51\u2E80-\u2E99\u2E9B-\u2EF3\u2F00-\u2FD5\u2FF0-\u2FFF\u3004\u3012\u3013\u3020\u3036\u3037\u303E\u303F\u309B\u309C\u3190\u3191\u3196-\u319F\u31C0-\u31E5\u31EF\u3200-\u321E\u322A-\u3247\u3250\u3260-\u327F\u328A-\u32B0\u32C0-\u33FF\u4DC0-\u4DFF\uA490-\uA4C6\uA700-\uA716\uA720\uA721\uA789\uA78A\uA828-\uA82B\uA836-\uA839\uAA77-\uAA79\uAB5B\uAB6A\uAB6B\uFB29\uFBB2-\uFBD2\uFD40-\uFD4F\uFD90\uFD91\uFDC8-\uFDCF\uFDFC-\uFDFF\uFE62\uFE64-\uFE66\uFE69\uFF04\uFF0B\uFF1C-\uFF1E\uFF3E\uFF40\uFF5C\uFF5E\uFFE0-\uFFE6\uFFE8-\uFFEE\uFFFC\uFFFD]|\uD800[\uDD37-\uDD3F\uDD79-\uDD89\uDD8C-\uDD8E\uDD90-\uDD9C\uDDA0\uDDD0-\uDDFC]|\uD802[\uDC77\uDC78\uDEC8]|\uD803[\uDD8E\uDD8F\uDED1-\uDED8]|\uD805\uDF3F|\uD807[\uDFD5-\uDFF1]|\uD81A[\uDF3C-\uDF3F\uDF45]|\uD82F\uDC9C|\uD833[\uDC00-\uDCEF\uDCFA-\uDCFC\uDD00-\uDEB3\uDEBA-\uDED0\uDEE0-\uDEF0\uDF50-\uDFC3]|\uD834[\uDC00-\uDCF5\uDD00-\uDD26\uDD29-\uDD64\uDD6A-\uDD6C\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDDEA\uDE00-\uDE41\uDE45\uDF00-\uDF56]|\uD835[\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85\uDE86]|\uD838[\uDD4F\uDEFF]|\uD83B[\uDCAC\uDCB0\uDD2E\uDEF0\uDEF1]|\uD83C[\uDC00-\uDC2B\uDC30-\uDC93\uDCA0-\uDCAE\uDCB1-\uDCBF\uDCC1-\uDCCF\uDCD1-\uDCF5\uDD0D-\uDDAD\uDDE6-\uDE02\uDE10-\uDE3B\uDE40-\uDE48\uDE50\uDE51\uDE60-\uDE65\uDF00-\uDFFF]|\uD83D[\uDC00-\uDED8\uDEDC-\uDEEC\uDEF0-\uDEFC\uDF00-\uDFD9\uDFE0-\uDFEB\uDFF0]|\uD83E[\uDC00-\uDC0B\uDC10-\uDC47\uDC50-\uDC59\uDC60-\uDC87\uDC90-\uDCAD\uDCB0-\uDCBB\uDCC0\uDCC1\uDCD0-\uDCD8\uDD00-\uDE57\uDE60-\uDE6D\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF-\uDEF8\uDF00-\uDF92\uDF94-\uDFEF\uDFFA]/;
var Z = /[ \xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

// node_modules/entities/dist/decode-codepoint.js
var c1 = [
  8364,
  0,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  0,
  381,
  0,
  0,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  0,
  382,
  376
];
function isInvalidCodePoint(codePoint) {
  return codePoint === 0 || codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111;
}
function replaceCodePoint(codePoint) {
  if (isInvalidCodePoint(codePoint)) {
    return 65533;
  }
  if (codePoint >= 128 && codePoint <= 159) {
    return c1[codePoint - 128] || codePoint;
  }
  return codePoint;
}
function codePointToString(codePoint) {
  return codePoint - 1 >>> 0 < 127 || codePoint - 160 >>> 0 < 55136 ? String.fromCharCode(codePoint) : String.fromCodePoint(replaceCodePoint(codePoint));
}

// node_modules/entities/dist/internal/decode-shared.js
var BASE91_INVERSE = /* @__PURE__ */ (() => {
  const table2 = new Uint8Array(127);
  let code2 = 0;
  for (let char = 33; char <= 126; char++) {
    if (char !== 34 && char !== 36 && char !== 92) {
      table2[char] = code2++;
    }
  }
  return table2;
})();
function decodeTrieDict(input, resultLength, atomCount, dict1AtomCount, ngramCount, dictSize) {
  const base = 91;
  const inputLength = input.length;
  const twoCharBias = dictSize * (base - 1);
  let pos = 0;
  const readSlotCode = () => {
    const c12 = BASE91_INVERSE[input.charCodeAt(pos++)];
    return c12 < dictSize ? c12 : c12 * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
  };
  const dict2AtomCount = atomCount - dict1AtomCount;
  const slotCount = atomCount + ngramCount;
  const single = new Int32Array(slotCount);
  single.fill(-1, dict1AtomCount, dictSize);
  single.fill(-1, dictSize + dict2AtomCount, slotCount);
  const start = new Int32Array(slotCount);
  const length = new Int32Array(slotCount);
  function decodeDelta(count, off) {
    let previous = 0;
    let slot = off;
    const end = off + count;
    while (slot < end) {
      const code2 = BASE91_INVERSE[input.charCodeAt(pos++)];
      if (code2 < 89) {
        previous += code2;
        single[slot++] = previous;
      } else if (code2 === 89) {
        let runLength = BASE91_INVERSE[input.charCodeAt(pos++)] + 2;
        while (runLength--)
          single[slot++] = ++previous;
      } else {
        const next = BASE91_INVERSE[input.charCodeAt(pos++)];
        previous += 89 + // eslint-disable-next-line unicorn/prefer-minimal-ternary -- branches read a different number of side-effecting input bytes
        (next < 90 ? next * base + BASE91_INVERSE[input.charCodeAt(pos++)] : BASE91_INVERSE[input.charCodeAt(pos++)] * 8281 + BASE91_INVERSE[input.charCodeAt(pos++)] * base + BASE91_INVERSE[input.charCodeAt(pos++)]);
        single[slot++] = previous;
      }
    }
  }
  decodeDelta(dict1AtomCount, 0);
  decodeDelta(dict2AtomCount, dictSize);
  const references = new Int32Array(ngramCount * 2);
  let poolSize = 0;
  let ngramIndex = 0;
  function readNgramReferences(count, startSlot) {
    for (let index = 0; index < count; index++) {
      const slot = startSlot + index;
      const a = readSlotCode();
      const b = readSlotCode();
      references[ngramIndex * 2] = a;
      references[ngramIndex * 2 + 1] = b;
      ngramIndex += 1;
      start[slot] = poolSize;
      const entryLength = (single[a] < 0 ? length[a] : 1) + (single[b] < 0 ? length[b] : 1);
      length[slot] = entryLength;
      poolSize += entryLength;
    }
  }
  readNgramReferences(ngramCount - dictSize + dict1AtomCount, dictSize + dict2AtomCount);
  readNgramReferences(dictSize - dict1AtomCount, dict1AtomCount);
  const pool = new Uint16Array(poolSize);
  let write = 0;
  for (let index = 0; index < ngramIndex; index++) {
    for (let half = 0; half < 2; half++) {
      const source = references[index * 2 + half];
      const value = single[source];
      if (value < 0) {
        let read2 = start[source];
        const readEnd = read2 + length[source];
        while (read2 < readEnd)
          pool[write++] = pool[read2++];
      } else {
        pool[write++] = value;
      }
    }
  }
  const out = new Uint16Array(resultLength);
  let outIndex = 0;
  while (pos < inputLength) {
    let slot = BASE91_INVERSE[input.charCodeAt(pos++)];
    if (slot >= dictSize) {
      slot = slot * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
    }
    const value = single[slot];
    if (value < 0) {
      let read2 = start[slot];
      const readEnd = read2 + length[slot];
      while (read2 < readEnd)
        out[outIndex++] = pool[read2++];
    } else {
      out[outIndex++] = value;
    }
  }
  return out;
}

// node_modules/entities/dist/generated/decode-data-html.js
var htmlDecodeTree = /* @__PURE__ */ decodeTrieDict("!}.&u%}'&}*'~!6*)%&,~!J~!J~%L~y<~!R,~~%Lu~~#GD~~#|)1#%}^%}2%+#.##%##%}&%##%'#%##&%#%#'%#&#%#&#'#%%#&#%##%#)%''%&%#%#'%#%%#%%}%%%#%#&(23#%%#&-%0%('1#(##%#'##+%'*.:1}#%#6-+(%'%%#%%%}#L'2351&('%}&/N'(0(/*-%(%%}#'+&T%7.2}#&%&#%#36/5##%&%%#&#%%#))2%%##%&&'0~!#*+&'%1~!%).'3q?&%'1~!.##%6(~!+%%%(Gw'rT~!E#<nA%#jZ~!H%(~!42##~!*31&~!G%U~#)5~#`3~!J~!Z~%]~%Y~%C~!q~!u~#kz~%#~!6'~!D~!U~!?~#T~!c%~!G#'~%7|~!G~!J~!G&~#pb~(Df}#%}*&}#%##%##%##&#-}&'#'&%#.++}%mI,#,@&(}*%}*'%&##&#%##%}&0}#.},U},%}+%}&%}#%##&}B%(}(%}+%)})%##%#&}&%##%&}<%}>%#%&}*%}(%}9%}/%})%}*%}*%}?&}&%}3%}&*#%})%#%#)}#&#-#+*%E%%'%'#%}#*V##&##I}#&&##%&%#&&Qf%%))w/0+&%#(#.%-''''++++7}>%4'',##1,#%#&%##&#'##&#*#9)%&%}#*}%,#+P(%A&%#'&##wSD',9E00#y#@}(+}&%&>~!#~!X}#*}(&&}(&}(,%}%&#+&}#&}I%#%}%)#(},'%#*}4%%#%}(''}#/##(##),%-##%%)#&}(.}&%#&}%%}*&#%},&&}&%}#%*'#%})%}D&}&%}-&}6&#&}-,%}#%})-(~+`~,=?~I9'9%~!,#%})%})%}@%}?%}(~!?~#<~#pP~#BG~#=1#%K+~#?#~%;)~#A~#mF1~#A'~'X%'~#lR~#N~'N~#r~#m#-~#i'?%#'%~#B%##%,%#~#_%#0%~#]732~,w~2+#:&#%&'0%&>%}#>##F+)#%&&#(+_}4&}-%}(&}@&}O7Fdf0@+/v4}&WU##&/0#&'('B#%}.%}'+#%}#%%&#&%#%##+#&#)#6#'#.},%}c%},%#%##%&#&%#&~#>'*-.%##%##%}#%%}%'~#)D1}#%*&~#_%%'(~#S2%'.}#~#=##*'*-%}&'%'##&&~'E%.#&~#M4}%%##&'%#~#O1##%&#'+~#<B%##%%'%+~#;#@%}#&%#&&%#(~#H1}'%'##&&~#?A}&'~#D#%32}'&&&&~#[}'(#%}'~#;C})&}%%#%~#=&%,3}%'(#%%~#^'#&&)#%'~#Y%-~#d-%'~#^%%&#&&&}#~#b~2t*&'~&(~&@~0%~e~3}%*''0})&}+~!9##-}#%-hD*)1fC#%/&/fB#40~!+#)*4~!+~!K'&:~!/*7~!.#~!H~!L':~%x&~!H#~!*~%1~!I#~!+A~#p'~!F~~#-#~,,(~.Z~!V~%;'B'mq-W~!N~%I%#&&#&}#%},%%}'%}+X#%}#&}(%}'%}<%}#%}%%'}'%}:~![)9@~%>~#UA%-%##&~!C%~!-.9:~!1~!-^2/:a~!y,D*J#-5)/4~%23,~#G~!L1~!0X3`~!2+~!!0-~&E~!W~!o,>Y&]~%cZx_&~#O*9#A#'#+I'%#)~!0B*-5A+-((F&*M#)(-7-5+'-3a5Vi~!Y~!?+[)%3),ERHm~!+:D,VG.+)?fB%%*(%)'(#&80%1'8`K8?`+'Z#&O&'H5#*9)A%%5&3))0%39+.*7#()&&*=4@**L)<'_&*+..;(#*+)./&0#3)%')-8(4ixD(&.}%,('aI:,)%,k2231T)I'#/-W7,/'Q#.'Y24+h')37</31&83##&0#),H(?'&?/1##%#&&#%''-%&&&#(&''&#.-'%#%%(,')*'&#&#'##%(%(#%('#&##%%%%('%#%#%%#%#&%##h>w+v<ayvyvcg.uuhKr}g/v|g>u9i[~>g5uI~=RvdwEg;v/g;uk!!TTSx]@RT!U!#!@VBRUU!'UTe-d0c`e&gSdicedFcrdTaqb.kYcAohdYd@a3e+d}dMdtd.aJ#bqcK`dle/e.e'dwdPdodddjbEb}ogd^ofdpduc6j?l%d{drdqc)d7bacOdQ%T#Y)X.sR[yH>6Vyv3[xwLu>vo'!*.[yBacahoj>6Rew3[xqdZa#!a&#^(X-[yG>6Vyu3[xvg3sEr|g.u/Ri9db0T#^(Xa)!-[y;>6Vylg4wKs{JwNZt3@3r=c4Z([xlg;wKt!cpq's@v7A'*a(a+!-a#[y<3Dt?3Dt'>6Vym3[xmg9rxsNJwLZt4~?r?db1T#`-!(Xa,!0[yS>6Vz%NuQs.g4wKtnJwNZtS@3r>c4Z([y%g;wKtrdga8!a(!#&T*Y-Xa#!a0<or[yc3Dtq>6Vz43[y3JwNZtf@3s!Ju}!%Dti:pm3c_%X#tjB5pkd6q!r]u?voC'*-a.a2!0a&a+[yI3DtI3Ds~3DtH>6Vyw3[xx;:s#~<5pKJwNZtE@3r~d`a)!a2T#a.(!+U.X1[yT3Dt`3Dtv>6Vz&3[y&g9rxwzcxstPu.<rAJwLZtT~?r@dZa%!a.&^*Za(/Reu[ya>6Vz23[y1g3sEr}wkg{NuQRg{ci(U#5@b`~,cg#U(2WnH5wugcRh7dX#T(Y,a'Ta!!a,[yZ<]mj>6Vz,3[y+Pv#5ReZKu+=,%!H}7ABwkaS?Rh:BcW(X#<]mrj:ubv/ARekdg%!(!a.*Ta(Y.X1!#sP>Rl*Dt6[y>>6Vyo3Wf*jOvuumvuRgRJuq*!:9<B@bX~3jVv&v@s@5Re[d/rQt{uAvo&a&a*)a2!,0Wf!3Dt0=Bs'>6Re}3[xy~<5s%JwJZt1~Gs)c;&!#2sJkNuXvzq7rxu,Re8dka4!a8(aEZ+a@Y.X1Xa)[yd=Bs(3DtP>6Vz53[y4cX#X&Re:avRe9~<5s&JwJZtQ~Gs*i^rzvdRg+Jv{%!2sbB@bX}kdga,!Za?&^*T1/!a'Dt+[y6>6Vyf3Wf%g/u;s4hGu6?Rh-JvZ,!c%#&RoX54Rivj7uyvf8RgTKvZB%*!2sGh<vu5Rgq<=C::9bb~#dZ#T&Ta6Y.X*Dt>[y93Wf)coZ(T,6VyifluvRgC@95@B@bX~/hFu34cC#T,k/unq8w8Q5RkUklwQuzunq8w8Q5Rk8d/rJu?v8w9)-&!a0a;a&aIWejg3sEr/h1s<DtDJvyZqY5aws3Jvy!&Wei~Hr1:au5@Bag>23E~5c:Z&bX};kKv?w&unuVu5Rjc;>bs)#~@:Rh.=ay<a]C;b`}Vd6s/t{uAvoaxa()!a,a7%-a#a2Dt,[yF2Wo[>6Vyt3[xuNuPRi&NuPwpi#RoWh?vf8Ri%Jv]!%Ri:KvxD!.'2WeAjZu`q9rxu,Re7woeAg-unLq(qA_/*2Wg_g3u5q^9:4E}/jTrxrzv=Wkkd~0UX#^^Xa-a1a5T&a=U1a'*aEa]!a*aPaA-adok[y54Rn>;:p3~Dp5g9rpsFNvZqjg3uJp4~<5p0Pw;5qlJwNZt*@3p1Pw:5p/Ou!5p2JvG'!6Vye=<qnJvh_[xhg3v,Rh3kOwOw-sDuev/Re^dha[a%!%!a+#Ta7)-5TaCaO!aka!a)sf[yb2>Rl!9ARiq5E}Qg=ucRkBE|oJrJ_@Wk~@Wk{JrJ_@Wk|@WkyJrJ_@Wk}@WkzJvO_[y2g-vMRmiKuYC!)&>Ri;>Ri<@3RkNc](X#@9Rk=g5vuRmhKvDB!+'=]meg3u4Rmgd)#Y'Vz3CARmfd`a+!%T'!+#Ta1Ta6TaM-sTDt9[yA9sYd'%Y#s[[xpj:ueunaXRgEjRq,v-vuqdd2'`#6Rev<32@5>:2<E}5xIo9a*X#Y(;5RePJvD_g>vyRgNj8w)v8<wggs:RgXiZt|vjx,hSq3ah!-(~@:Ro/Ou!5RhWj^v(pyw8unRhUdx-UY#^Ua.a3a70!)%UX1TaDa)'omRiRRhE[y:3Dsz=Br,>6Vyj3[xkg6ruwjcqsrPw;5r*Ku]D'Zt-@3r(~?r.i[vwv]dU1a--U#`a4(g/vsRhPOu!5RhLj:rmu9Wo!~@:wdh@g/vsRiTjXuvvNr}:RhBj^v(pyw8unRn]dz1UYa'a+^Y(!aETZalaRY.Ta?a4[yDJw1!#qLsW>6Vyrfzq-pLflpwRe|Js>%!Dt@3Dt&Jvy_[xs~HrnjMuwpsw'RecKu+D#'!t<~Grl~?rjg5u-x,gwp{ah!-(~@:Rg~Ou!5Rh'jXuvvNr}:Rh#cW#X/c;&!#2sLi[v7u7RgpJv)(!iLrxu,Re6j7v@s@5Se[e7d`aW!Za(a`T.a#!a3!&aDa-!9)Dt_=6s+3[x~~DR|h~DS6avhGun5RkZj3w)v-]mkKunB!&*]kb97R|i<ARk<c:Z(6Vy}Juh'!wziMRoS:F|vkLuauJv5vtvQRh1d='T+Y#VyO~DR|jcF#T'7R|g97R|kJv3'!ay<Rj,Jvh&!:ReXcsa6*a+#a#_aIRf9aLRf?c,Z&Rf5Rf7c.Z&Rf;Rf>cQ#%T'p-Rf8Rf=ct#%'(*!,p,Rf4p+Rf6Rf:Rf<d~'Ua%U*^UYa(!a,-!#a4YaTalaEX0a8a<Weo3Dt/3Dsx=Br93Wen~Dr;~<5p<JwNZt2@3p=Pw:5p;Ou!5r3c7&!#:p>3Ds}KvGB)_6Vyk2sM=<r7x'eovA(!hFu1ARf}cV#X&@r5j6rvwQa^Rf3c=Za'wkghJv__g;unRggA53B9=b^}%j6uduo5Jq;!(hIv%2Re`Ou4ARe_e%a#^^^Xa&!a*a2!&a6YaP!*ad!#a:aE/5Rn?[y@>6Vyp;:pE~DrY~<5pBJwNZt8@3pCh=rt3rWPw:5pAJup_[xoNuPpF9c!#'45pD5ARn)d8#X'X*3@rU72s]h>v<<sSjJpqvewOJq/(!hNw'5ReBk0s2u3w/w'5ReE5@Jq.!a+JQ!&WeU23d(#Y&RjG5]jBk!u7w&u0udARjEe#+^^^Ub#!a2/a`Z(agT1!a-a;|@TaG!aS[yV=Re~fow'RguNuPRe?bz#'>RoUWeL>:Cbb|?JwPZtVg6ruRmzJvD'!6Vz(g/vmRh~Jvy_[y(g9voRgyx*cy(#2>Ri2B9b]~9kIw9u7rluJu3Rg]dI#a%UY'@=p%CAx.gQZ&RhwwygtRm{x5g_Z'+ABqR9Woa=Bp&dV#^*Xa'!&@o{g4v]Rk;Jv{!%Rk[wkkiA5RkiwwfUB=x,fUuqC&*!>RfTg8v0RfV~ARfSd;rJsAuAv9wR'ae+/aO!a@aza/a#[yQ@Wg!2Wemg3sEr0JvB_g>uvReWg2v+Re=KupB_+[y!2AbY~-~Hr2AJwD!(h<~El>h<~El?Kun@+_:9b`}Kg-v/Ri3g;vtwyk_9]k_d=&T#*U.6qh@Ab`|K9:H|CJv[!&3Dtex'fDwC%!Rf[9WlMd[(^X,!a%Z06Vz!@WgBg=v~Rgvg,QRe@awd,#Y+jTv|Q~EfWj]uNr|~FRfXdy#Y&^Ua%!aO.!(a)Ua;=!a@aKap!a-,a!Ta]a[rSa]p?[y82sK=Bq~;:p:~<5p8Pw:5p7d'#Y'Wf(;RnRi[u4w&RgJJvG'!6Vyh=<r#ijuuv/sIKuYD'ZtG@3p9~Gr&d2#`(g<vtRgFj`u5w&rqpxRf2CJuY!+:wfnTOu!5Rg}jNs1ucv&RfwJvA!&3@q|BDcC#T,k/unq8w8Q5RkTklwQuzunq8w8Q5Rk9dga#!a'!a=#a0!:+Tb*b@aO.a4!aba8aFJv^}?!VyR~Dr<g;u%Rn.~<5p[x'e`wNZtR@3p]Pw:5pZhNvjBp.woe_g5u-r4JwF!%DtO3:ooc7&!#:p^3DtpLuGw(!+%)Dtk6Vz#2sd=<r8d'#Y([y#<x3gJt`w@!)%}MRiowzikRij=]ilxAf3,U(#B2Rf#g0v-Rm[ck{`U#]giKv3>)!&6Ri154s,KuGB_%@r68r:dJ|t`#X(9<E|u2@H|rx3gJu?w'!+'1Nu7Reg4=H~+9<wxgY95Rm]xLggZ-`(X}U2:Ri4h<uOawRmsJv__5@bb{jbV~3dka#a'a]!,#a+U=a>b6a3b%!/aKa/)!arwve^VyJ;:pR~DpTg3uJpS~<5pOPw;5qmPw:5pNOu!5pQJvG'!6Vyx=<qoJvA!{~Jup!%@qk7Rn/KvyD!}''[xz;>wkh'?Rh,x8gyt`w5D!&),(SgyccRgztJ@3pPB5p#d'(Y#<]mmifubw&RgoJvE&!82s^JvF&!8Rf,ADb]~;x=h'rNu]vK!,%'*0RnORh)4Rh*AqQg-vaRnNg;wHwkh'ba~4cE#Ta*x3gctyw@'!+%RnFRnD<4Rn@hFvK5RnCxWg[#`&a0Ua()`1Rm75Rg[c]%X#qi8Rg^NvdRj>BwzgZauwji7Rm6A4wgg]d1#&(*,.0a#Rm;Rm<Rm=Rm>Rm?Rm@RmARmBe%#^^^Xaea?aC/b+(,!a+a#!a/!>a&Ta<aKbD!2wphBRnk[yPw}hE|.=Br-3Dtm>6Vy~g6urRf.x,hPrNav!%'RnqRo%Ro#Nu;q[Pw;5r+JwNZtM@3r)d'#Y'Weh;xChL#`&RnmRnoKu}>%(!Rne~Bs-;2wjcussJv+'!aYSO}6@B<5?ba~8LrNvj!.%*ROwungw~ng~:9;Ri^>wtnig;wHRnixDh@|(UZ.x1h@|)!#:2<H|*xHn]#-UX'3Ro)z=iT}6ARns=Bwsn_wpnaRncw]aR(#UXa&Ua*a/=]iPd'#Y&Ro'WnXf{QRm2hNvj]nZd`'T~&1`{|`#9b]{}c:'!#Wl{>@=be}]?cl{{U#:5Abb}Jds#^YaF!a*b4a#a3aPa>&Tb!bH!*a_!Eau?/a&RjY<]gj>6Vz*;:pe~DrZg,QRj1JwNZtX@wihspcJvZ&!VyX9WmOJu|!|N2WmHJvh&!]ht~Bpbcn&T(!#RmQ<s7Nu;padH#X'`+WmJ@>RmKCARhnKup=!)&Wf+:RhqNuPpf9c!#'45pd5AwghpARn(Ls@w!%,)!RmP@Wfe<E|IJva!&WmNg8vsRmLd`*.`#Y'Xa!axRn*]hrA8Rhug5s@rXg8u!RmMd8#X'X*3@rV72smdI*#UY&RmICARho~GsgxVgd)Ta'U-Y&Xa!T#RnEWnA@Wffg1uDRi0hFvK5RnBxGnG&#`%owp)@wsf+bX}Ze-*1!a*^^^Ua|!#a.aq&Ya2!a>.a6!a:aO`aJDtL[y`@Wg#>6Vz12@wzoYRoZNuPRi!NuPRhzg=ucRi,@=b`{Yg=ucRi-ACJvB!&Sh[ebSh]ebi`wUuFRm4Jw2_[y0JvB!.<Ju(!&SoG}6Shd}6<Ju(!&SoH}6She}6Kur@._g5vHRieJvx!{L2G{Kx6gd'T#?Rh82Wi5cZ#X(g1w)Rm5dW-Y(Ta#!a)!#aYa=wnfE=su2>>bU{0j9udv:<svj8uQv-7RgHdE%#^'sq9sp=>Bb_{TJv`!&g/r|snj6v(us5d,#Y(56H}[978H}]Jw5!&g1rushJvB!+j;v{u5?zDhd}6}bj;v{u5?zDhe}6}ce*#`(^^^a[aea!=!a6a*aoXb1a.!aAbL!b>,b'aL!aV@Wf|2Wlg3[y/JwNZt^@3piPw:5pgJunZou3@rsJva&!Vy_g<v~Rm#JvG'!6Vz0=<r{Ju{%!:pj@WfsiXuJu3Rm:JvZ&!WfA~Bph@c4Z&Dtwax5rubx(#:awRk1@d,#Y&RfjRfid1#,Y(@Wfp2Wlrg5s@ryKu[@!,'=]ig9wlk?Rk>g5u-rqJvy'!@9RkQcH(T#=>Ri~@<wkj(Wj(KuZB*!&<7rw@9RkRcH(T#=>Ri}@<wkj)Wj)dg(Ta2Xa9X#`-!a*CARhg@@=I}d9x;c~#X%so=<sj>2@@=aybb}XjWv0Q~EfEj3vLv;<d,#Y(56H}`978H}_dgaPaFa'a/!#a3Y0a_a;a|!1(a7-[yE3[xt;:pJNvZrrg3uJrvJwNZt=@3pIh=rt3rxPw:5pGOu!5rpJvG'!6Vys=<rz@c4Z&Dt(ax5rtJvZ!&~BpH@wsfNg-vaRlNci*U#=<wei<F}a5@Jq.!a*JQ!%@qZ23d(#Y&RjH5]jCk!u7w&u0udARjFd/prq=tyvpaEa(a:.!a1aZ(@@=I}:9wpd%=<sX55w_h}@@=I{t=ay<aU@@=I}T=ay<2@@=I})?C9:9au@9Cb]}DP~=x-fAZ(2Wl1=ay<aU@@=I}>5@d##Y+jTv|vV~EfFj]uNpn~FRfGdgaK!Z2&!a8a-Tb({E!acTbM*!a(DtY[yYd'%Y#sl[y*hHvh>Re5x2c{Z}.j4uCvcawRiMd+#X+_x&d!},<5RkX;2Hzw@x,gavfB-!{CcF&T#Roe;RodwWbBg5urRgaKvHC*_6Vz+<4opieuew&Rmq@d]&Y)X,T#X0Rh}<BqP=4qS9:ReMg/ujReNJw0!/<Jui%!bd{kawwnemRelAxUa?a3#*.&UX(Ya+a/RhvRnQ<o}9Wmtd-#Y&RgSRmw9;Rmxay=Rmyg-vaRmuxEhSrNu,v-voC!%(aR.a(a7+1Ro1>Ro5CE{A9b]{@;5x#eO{:g;urRi+KrNA!%(Ro3>Ro79;Ri_Ku@>{;&!x%gX|{KunA_+g5QRj/g3u5Rj#g>uERj%wio/xRhS&!,!#^1U}wba{8>>@=be}qC@:D5ba{7Ku+A&!}x?ba}t>>@=be}se(aA^^^Uat!b0#{pa+awUazbGa#aLb9bgaWac'a5TbS=Br!d1#`%scp_Jvl!#rT>Re0JvX&!VyN=H{Fcm#U&:pY=ReaJv2&!]h0=]nUJvG'!6Vy|=<r%JrM_=]h2@Wlud'#)U'Wf'b]{i=]h/Jvh!&~BpWg=v]RnMx+ny#'Nu;pVwjnu=]nwxJnx,T#`&Reqwjnt=]nvieu9vrRjLLuYwP(#+!th@wih5pX~Gr'g5v/Rh4KunA'!-CARnP@wwiN:Rm_9x'cvw>!|l=<saKvAA!0&3@q}>w^e1bp#&Re2Re3BDx7gH#T|f5H|eKuZ>!%(:qNAH{]Jv6!+3B2B9=b^{X<5<B92:E{ZLvhwA(a;a%!igQuyRmad+#Y}m@3Rh5d8#X'X*:AqUAHzmaxwbh<aXRnVcF}RT#Nw&cj#U(BWnug/vsRntdka)(a3+.Zb7aYYan1!bVa@Xa}[y^@b[{G=H{+hFu73Rj&Pv#5ReQcK%T#sig1v{Rj'Ku+D#'!t]~Grm~?rkKuMB!01d5#`'Vy.ta3Dtu~Hroc8#'{^45s85AwZbP&!#Rn!wghxWn#KvEA!)&2RlA2RlBx:h|#(T,=]j09Wobz>x]z/@awRoTd+#Y(az]hFhCrm4d,#Y+jTv|Q~EfMj]uNr|~FRfOdCa!Xa9_X#@<plJvf!%b`{(9;Rgwc;.!#2x7cw#T|UDb]|T5Ju={(!=@E{&Jv)&!Ab`{'awJvf!~*>>@=be{#KuY>!+&4Ezyi[ugv&RjIdea+T)#UXa&T-T&a!Rh9auRmW=]kLg5vuRn+g3u4Rn-Ow6ARn,hHus5xNk?#UX(U~)/g8v0RkD~AwkkF?Ri.OuNBwkkA?Ri/d|a2`a*^UYa.!aBTZaTa'Xa;!(!2!-a#b2[yC>6Vyq3[xr2Wi?g1rusVh%s?DtF~<5rbJs;%!DtBfswKtCj[uvuSsEu3RgVx3o:u+wN'*Zt;@3rd~Grh~?rfg8w)Lq)qE&-a%!>bI|`jWv0vV~EfCjTv|vV~Ef@j]uNpn~FRfBcK#T']gWNu7x,k7q4ai(0!hHv8<RhmkMu9vrsBuev/RhlCJvB!,g<v{wchh~@:Rhji[vrv{wchi~@:RhkdS&a5UY#Ta!RgPwwiI5BwciI~@:Rh`x'iJvj'!5]iJPu8Bwch]~@:Rhach)U#h3rp]gLh@t|Ax,hTq3ah!-(~@:Ro0Ou!5RhXj^v(pyw8unRhVd|)`,^UYas!a?/a2Z'a^Ta{Tb7Ta(a#!a,Wf&9sZ3DtAadamov=Bqt3[xig8vsRm~>waiL2b`{QJv*_Ouv2qgj<v]v2BqfdR'X*X#Y-@3qr~Gqv~?p6hHv-]glPup5Lq+q?_%*b_{qF{n9b^{rOu4ARhpKvCD!+&~Bqp:5Dbb}nwoiKl&unuTuBv]v+ueunaXRf0=Jvh!0nKufu8v1w&w7q%w&uHrz:Rgnj5w,uxDJq/(!hNw'5ReCk0s2u3w/w'5ReFd>Za&!*UaA=<wkgsRnSJv^!%Refifw3vyRgOKu_B'!,<]gkiiu:w&Rh<=C@a^<B57@2F{[<B5@aW:=3away9A5aW=<B=C@a^<B57@2F{Ie-#`(^^^bCara.b8aza6!/bZ,!adTbnTbOb+aFaS!aAT9@Wf~2Wli3Dtl2@d,#Y&RfnRfmJwJZtN~GqyJva&!VyMg<v~Rm%iXuJu3Rm9Jv[_=]ih9wlkDRkCd1#`(@Wg>2Wls3cH#T(@<Rj*=>Ri|b~'#23s9h<~El.d'#Y&Dtxi^rzvdRl#d*#U%(o|B2s`hJwSaxRmDKv4B&!1:Rmdd5#`'Vx}to~Hq{x'f1v3(!BA5ba|bJv_&!Wfug1v]ReIdO+U/Y#&G}-8wze=Rh{g1v]ReHg/uQRf/by#)ibQwERl/cH#T(@<Rj+=>Ri{cNu+vlax-!(#a0qa9<Rii2;;bU{H;x<i=&X#Rk`<4wwi=C9H~8xAI(Y#<azRi@45wXI<B9;5bb~7dL(X#Xa(+!aL6Vy{g5QqOau:5au2@ay547EzbxOcU(UX-T#Ta#:Cbb|A?wjh/b_|SOw6ARgtihr}u7Rhy<d1#T)X1@@=I|~=ay<2@@=aybb}Sj3vLv;<d,#Y(56H}A978H}@dGpvs@uAu`vcw9*!aFa+ai%(b!aXa8.a?a[ozWey=sU2@G}Nch&U#Rf_WexKu+D#'!t:~Gr`~?r^j]uNr|~FRg*j^psurwJt|RmcKv)@&!)7Rkv~Br[@wxfO:Rl3co#U'6Rezj_q#vIuavjRltwzeyh@vr5JqD0!>aY?C9:9au@9Cb]}9cl#U*5;5<H||jbuus1ucv&Rfvg1v~d/pppzqFr^a--a~!aMat1(hFv;Wiz@@=Izoj5uuv-7Rix~Cw`fk2WlVcZ#X,k)u3vWs@u2]ktg;wEx'fBq(_2Wg/jTv|vV~EfoJv]!15x'hzqG!(P~EfU~CRl_j6v(us5x4i-#T(2WmZ?C2F|d>Kq<aj1!*jTqIsBv=Wl`~Cw`fi2WlWj`v0u*~>RlR=c>Z,k#u3vWs@u2]kr<c1Z+jTqIsBv=Wla~Cw`fm2WlXdmb3!a{(arZa`bkTa%TbQTa-a9+c'!aM!/[yL=Bqug.w'RifhFvyDRj.g>vgwyk^9]k^Jv3_@WfbAARkhJw2_[x|JvB_wkoIRoKwkoJRoLd'(Y#<]gm=<9<H|yd'%_X#skDtb3awwqkgNulRkgdB#^',9:p'hJwSaxRmEBwVb8@4=H|qLu+w50&!)@3qs~?pU>Awwn;;Rn=c:Z'ARn<=<qwKvC@!/&~BqqJv6!&]eVb^z^xRge'/a%+^`#Sge}6<4Rn3=]n0Pw2>Rn8Jw0!&>Rn:>Rn6cY#a7+!a&=<wkaNw~h3z_c5Z{=wjh#=]nLKv^D!&)Vyz=bW|swYb<WetcG#T(2wxa@qVx@gD#Y&b^|V5JwG&!5bb|pg/w&RgD@x=kHs=uAvn!a%%/'+RmSRh694Ro`g-vaRmRhHv-]mlxCcS#`&ba~.5cD#Ta)P~=d,#Y(56H{>978H{Dd_#{2^Y%_+qbbb{6g3sERhsbU{?dfa.,`a(Xa<!aiX#(55RiG54RiHcI#T'WiU3RiVNvdwtfcRlKNvdd,#Y&RlHRlExQgf.1*^T'X#Sgf}6Wn4=]hfPrk>Rn7Jw0!&>Rn5>Rn9Lunw?&a2!,5<oq@@wqfdRlJj5Q~=d,#Y(~ARfcOuN]fdDKw;ay(}i!547E}j?cI#T(@5bV}iCbV}hdv(^^Tb?a40,b##Tbo!a*bR!a<b|a/!aKai!aU[yK=]o^g:v>ReGJwPZtK<7Rh+h<~El,Pv#5ReR@awwxjCg,ulRjDJv6&!]j!z?aQeeg>w=Sh<eeJw;!&axEzOg,Qosc!#*:wkeJ]eJ>x'h-u(!%Ro.w~h.zPdNZ(X,Ya![x{;9ReY;wkgxRiF:x?ap#Y&RmUg<s2Rkod]+UY0TZ'!a&A9sw<=bczLNvuw{gqzNhJwSaxRmCKuLay!#&s_Rf-55b^{uJvZa!!c%#(55Ri654wmiu5RiuawLu,vp!+}^%b_}Y9;wkgxba}o>A9:=b^}zKuh=a''!3awRk3c*'!#aHRk6c+Z&Rk5Rk4Jv)&!awRjSawd9*`#0?C2@EzMj8u<uJ5RmbjQrquJu3x,k>uq@_+=ayb^|W~ARkEOuN]k@7dhzV^X/X&a-#zRzSb`zXcJzTT#2WkVKvDBzW!%FzY9;5bbzWjQrquJu3Jw3%!b`zU=ayb^zQd:#X(T-a!6Vyywxh}=b]{Jg=u1RiAdGp~qHtzv!w(wA+a+a;<!aJaYai'anasb(=azRmV:Cbb{MLq2vb!%')RjuRjrRjtRjqx3jnqCw3!%')Rk(Rk+Rk&Rk)Lq2vb!%')Rj{RjxRjzRjwLq2vb!%')RjsRjpRjfRjex3jcqCw3!%')Rk'Rk*RjkRjl9<CbbzfOu4ARhxLq2vb!%')RjyRjvRjhRjgx=joq*uKvb!%')+-Rk.Rk%Rj~Rk-Rk#Rj}x=jdq*uKvb!%')+-Rk,Rk!Rj|RjmRjjRjidAq&qKs@uAv8Aa.'*-a@a&0!aM@a5[y73Dsy3Ds|3Dt):wxgI2sHJwJZt.~Gqxwsf0ikrzt}Rl0Jvy_[xj~HqzKv_A|D!&WfP8axRoVcf,U#k(v]v+ueunaXRf1Ju}'!g8u#Ri=jQw!sCunLprq>!,')~<5qeGzq9F{W=c##%s5au:5aU3CBE|;d4#X(D!a&6Vygx(b;#(=]ed?C2F{N<capoq2r[a&!aPa9,'Pw;5s:@@=I|,55w_h|@@=IzcP~=x'fCqB_2Wl2>aU@@=I|1OuNBc1Z+jTqIsBv=Wlc~Cw`fl2WlZ~AcTa%!Z+jTqIsBv=Wlb~Cw`fh2WlYk+uNqJsBv=WlSg,u3dca3#UXaMYa)TaB-=cM|7T#<bI}l5@B932:aV2G{BOuNBJq:|M!5Ezt=<B=C@a^<B57@2F{v>cB{/T#=ay<bI{3Jv6!a.6BKq0ah&+!5E}HP~Ef{978BaU@@=Iza<7d#.Y#978BaU@@=IzH~AJq0!(@@=IzG978BaU@@=IzFe,aU*Y&^^^bvJb,b:bFad!a,c2Ta>aL.bo6!a#CbTa'T#Re{2Wlh2@G{yg6t~Ro_NvdRfticuRQRllJv3&!x&c|zs@Jw3!%RflwpfkRlpKuL;%(!Re<@G|C2GzdhIvuBwgjAg-u0RjAKQB%!(GzZ@G|5NuuRl7d='T+Y#Vy[g<v~Rm!==G|>JvA!)@wma=]m1ifuaw&RmnLs@vT'!|/+[y,g:v>ReTJw1!#qX=x!eC{bLu+wT&)ZtZauq_~Graci&U#F|89:r_Lupvq!.)&2RlG8RfaC=x!eF{_h?rpWlmd&'!#X|&]k::xJey#`'T|+<E|&2@H|%dE#(^,g;u.RiEg6vjRiC9xCkA{O|zY#g=ucRmXKs0@!&*@G|m@awRknJuh!,3d(}gY}eJvj!%Rm):Jw3!%Rm+Rm-Ls0w(&!a(a#@b[|6cZ#X'7RkxWgAOu4ARn'dH'U#Y*Vz-Wm'CARm}d]*#a%^a*T'aK!a<9bV{PC=p*Jw4!&SgxcbB5r]idw(wBRmF7xFkt#&`(Rm/Rm8E|!JuY_9:Rl5=wrgr2:bbxd@xXfB(a*#T+!.X0X1Ta/a'T&RlDRfL>RlyARl9b[z[>RfZ:RlL:RfRwlg/ARl;9;RlxKv,A/!%7s69<74=BA5ba{-8Bde#`a<XaKYa1,a'P~=wxfB2bZ}}?C972@@=I}r8@55B9;5bb}G978B2@@=aybb}3j3vLv;<Jw3&!>Rfk=ayb^}4~Ad1#`*@@=aybb{w2@>==<bbz]dx+UY#^UaF!a9!bB'Ya1.!ajXa#%olRhD[y=3Dt#Ov5BrHKuMB%!(Rf^Wep~HrJwkiQjKr|~FRg)Ku+D#'!t5~GrF~?rDdV)UY,Z/_7RkuG{<~BrBg,rlsO:235B@bX}|d?a1!#`(6Vyn5@d##Y+jTv|vV~EfIj]uNpn~FRfH7Lq2vb1!a9-978BaU@@=Iz9978BbU}#~AJq0!(@@=Iz8978BaU@@=Iz7~AJQ|}!978BbU}!JvkaK!AdUa21-U#`a+(g/vsRn~Ou!5RPj:rmu9WhOjXuvvNr}:RhAj^v(pyw8unRn[kPr}p|u7vwv]RiSBd;pppzq@qHQa?(b.!a.a`@.|xa(hFv;Wiyj5uuv-7Riw~Cw`fg2WlU978BbU|wOuNBJqG!(P~EfD~CRlQcZ#X,k)u3vWs@u2]ksg;wEx'f@q1_2Wg.j]uNpn~FRfqJv]!15x'h{qG!(@@=IzK~CRl^j6v(us5x4i,#T(2WmY?C2F{1>Kq<aj1!*jTqIsBv=Wld~Cw`fj2Wl[j`v0u*~>RlT=c>Z,k#u3vWs@u2]kq<c1Z+jTqIsBv=Wle~Cw`fn2Wl]dn1#c(a(b^a2!b/bAT(bj!aDa7bu,a_a{c0!2T0g:v>ReD2@G{42@G{5~DpM~<5rc=Bx6i>{RT#RnI@zCx]y]z:2Jv[!zr5Awyk]9]k]dD(Y+X#6Vz.g=wKtgwhaCwgmTWj2Lu,w%_+/[y-B;b^xeg3u3Rj-2@bX{*KrJ<!+'@Wg(g?QRlC@Jv`!%b[zIwsfII}8JQ_@w|kW|=Jv(%!AqcOuNBJvEzh!bYzjLs@wP#(0!oy@>RkdJwMZtc3Dtd@BcG#T'9bWxg2@2Fznd*#Y+;2x'c}w<zizixNgwa#Z'U+!/!a'!a+w~g~z6wcn{Rn}wcnzRn|5Rh%=]nJg5vuRmvNvdRlvcprJu}w*az*a#!%.a.'Bot9qT]kj@Wg'ay2Gzv@Jv`!%b[zEwsfHI}1;ck#Ux`<Cbbx_Lu+w!a&0*!wko*wwo,So,}6Juqxf!E}PigQuyRm`d3(`#8>Rn%:A5B;bZ~%KvhCa!a2!x>k7#Uxb@b{#xaRk7Jw0!)>wwhlShl}6>wwhmShm}6CJvB!.x'hhvj{!!5Bwkhhbaz}x'hivjz~!5Bwkhibaz|xEhTrNu,v-vpD!a%&/)a3a.,%Ro2t[CE{)@3re9b]{%wjo09:rgc:Z&Ro6=<riifuaw&RmoKrNA!%(Ro4>Ro89;Ri`dSaL'UYzxZb)7Rka3xRhT&!,!#^1U}vbaz{>>@=be}yC@:D5bazzKu+A&!}{?ba}y>>@=be}wxBh[t`u~vJvr!%a!a()a,a0a4RoC=]o;Ju(!%RoGRhdwjh`=]oAg>w#Ro?g5vuRo=NvdRl|Ku]C.!&;RoEJvB!%RoORoMBx'h[v+_?w~h`}~5?w~hd~!xKh]oiptu-utv.vp!#%&a30a@a'a+(a/aOp(o~p!RoDJu(!%RoHRhewjha=]oBNvdRl}g>w#Ro@g5vuRo>c[#X']o<CauRoRAd-#Y':RkpauRoQKu]C.!&;RoFJvB!%RoNRoPBx'h]v+_?w~ha}t5?w~he}ue!/UbhYacXaW^Tc&a;b:a-c/#b&aja1(!cL+!bKbt!bmcRc9aIc?8[yW3Dtt94Rg`Jv}!&SiRMzBhEebShEMNuPRe>x7gL#TzuwjirRipc<Z&>on;>z=h-MSh.Mwqczx'a7vj&!>Re4@=ResJt__NuPRi*NuPRi)j]uNr|~FRfzKrJ>_+@Wfy@Wf]2WocKrJ<!+'@Wg%g/QRl@@Jv`!&awRl<wsfFIzgLu(w*!.*&ShBMwvhIRhI9;RhNx1hK'!#Sn]Mx1hK~0!#:2<H~7cNu+w7D*'1ZtW>Rn1~?rOc:Z&Rn2=<rQ<7wjh&=BSnLMc]#X(6Vz)w[b=a!U#9wzgMc3#&(RgMRitRis<x,gKt`ax!&+SioM=BSilMc3#&(RgKRinRimKurB,!&SiQMzBhDebShDM6BJQ!(P~Efx978B2@@=I}WLrJw!!,a*&@G}O@9wkibRid@@x'fKwC!&SlDMSfLMjUv~Q~EfKKv3@a+!(hFv-]mpx/hYZ(C5RiWz<o/MwkhY?So/M@x,gbvfB*&!SgEM:SoeeehFu3:Rgbda(,^TZa)X/7Sg[eb:2RgI~BrMC@wgkc:wwkcRerx3h(uUvK!&*,SnOM4Sh*MArRg;wHRh(x=h;rJvPwI!a4',a'0@Wg&=BSh/Mg>w=Rh=g3w*wwgGRgGcW(X#;Sg}M2Gzk@Jv`!&awRl=wsfGIz`dKZ*T'Y-:RhR7RhQg5u-p`j6v(us5d,#Y+~Awkia?RicOuNBwkibba}Ld6p~tyu_vbAa'a+!a/'a3aEa8a!>Sh,ebJv{!&Sh@ebSaReb9;SgwebNuPRi(NvdRl)NuPRi'hHu^<Rm^Jvv_@Wl(g;u1Si/ebKu'B&!*Sh?eb@Wl'z@aPeb95Si.ebcpputyvjB)!,&a+0a%ShAMWeK@G}C@WfJ9;RhMwvhH9w{ia}ix,hJvRA1(!zAn[MRhHx1hJ~*!#hFv(BSn[MBJQ!(@@=I~'978B2@@=I}2db.Ua<'X}+T#a0XaG2G}E;wkg|wuh!Rh!x,hZu,@)!&So0MVy)C5RiXACJvB!&5RiY5RiZg8w)cG}*T#2@bU}=KsA>(!a.3wkhZba~(x,h^u(A!&(SoCMRhb5Bz=h[eb?w~hb~6x,h_u(A!&(SoDMRhc5Bz=h]eb?w~hc~6e)aA1T#T,^^^c-bMb&blcPaP(a/!0!bA=b5c@a(!bfbrc#2afwmhARnjwchORnp2Wlf3DtsNvdRl-2@wpa<]m0bx(#:awRk2@Jw3!%RfhwpfgRlnKQB%!(G{V@G|'NuuRl6d='T+Y#VyUg<v~Rl~==G|<Jv+'!aYShC}6@B<5?ba~8@Jw3'!g2QRljhLrpWlOd+#Y'g.w'rIg>w*wgj@g-u0Rj@Lu+wT&)ZtUauq]~GrGci&U#F|39:rELrNvj!.%*RhCwunfw~nf~:9;Ri]>wtnhg;wHRnhx3hDs@v~!/+'@Wfr@9RkSNu&Rlo=@<5GzoKs0@_+@Wl+@awRkmJuh!-3d(}pY#qWJvj!%Rm(:Jw3!%Rm,Rm*de&!1U-U#`)Re;@G|.@9Ri82@wjfvRlq=@<5GzpLvOvr!).&2RlF8Rf`C=x!eE{.Jw3_g2QRlkhLrpWlPde(!#U{s,UXa*Ta'[y'g:v>ReS;x0PZ&RnlRnn~HrKJw1}f!=x!eB|2w]aP(#Xa&a*Ta.Ua2a7=]iOd'#Y&Ro&WnWg;u.RiDg6vjRiBNvdRlzhNvj]nYJuW_2Wm3x)kFze{9d])!a.!,Y01!#&aC!a3RndC=ox~BrC@2b^{pg,rlse7x'ksuq!%Rm.E{xidw(wBRmGx9o+)X#wwo-So-}69:Rl4@xSf@a#XZ'X)X,Ta(/ARl8b[xc>RfY:RlI:RfQwlg.ARl:9;Rlwdn'#^XafaQa1X1TaHTa)@b[{zcZ#X'7RkwWg@Ou4ARn&x)kG#{,g7u/RkGdH'U#Y*Vz'Wm&CARm|bx#(A]gUbUzJj9Q~=d,#Y(56H}l978H{U7d,0#U*2>ABb_xZ978BbU{e~AJQ{g!978BbU{hxMh?ad{oUYZ.x1h?{l!#:2<H{mx3n[t{vl!,&a%3Ro(z=iS}6ARnr=Bwsn^wvn`Rnbd`*T}B0!#^X'BG{c9b]{a>>@=be}F?JvS!&BG{d7BG}(Bde#`a1X,Ya@!a'P~=wxf@2bZ}I56B2@@=aybb}08@55B9;5bb}<j3vLv;<Jw3&!>Rfg=ayb^}&OuNBKuLA!)a!P~=x#fD{f2@>==<bbzl?C972@@=Ix^d6rSu,v7w*C(0a)a6#B+a%!sQ[y?3Dt%3[xn~<5rLOu!5p@Ku+D#'!t7~GrP~?rNKvlaya7'!h+v-5qMg=t|cd,U#5AAaa5Abb{S@52B5@a[@52B5Gx[iXueu;d<#`a(!/549C;ag>23ExY5@Dah89b^~689Jv)!~2b[~1Lv'w(%*!a#bX|aPrmawRe]keu7uhv-q6rxu,q`xTo]/a5aU!bNaDXbi!b-!ao!b<bwA!#5@B932:aV2G|:d-)Y#hJrL>RhG<7@C5<H|_=Cau:5aj5@B932:bJ|ng>vIbs)#?C2F|9jPv0w.vISh-MKvUaz(.!9ABbb|[5;5<H|Eg>unwfh;9:4E|YjQsBt|vjx'hYq3!(?C2F|J:2<BaY?C2F|GOu!5x,g|p{ah!-(?C2F|c9:4E|OjXuvvNr}:Rh&i[w*t|cd+U#jJvsu)vsSn~Mkfrmu9p}u7vwv]So!McW#Xa!ax5@A5aY:5;5<H|>kJv~vYrquJu3x4ib#T)2@SmZM?C2F|Bj:rmu9@xPhI(a*a#U#`a3-5Abb|L~@:RhK9:4E|0@52B5G|#C::aY?C2F|-:2<BaY?C2F|.5Jvk!a)javYrquJu3x4ia#T)2@SmYM?C2F|HAxPhH(!a#U#`a*-5Abb|4~@:RhJ9:4E|R@52B5G|F:2<BaY?C2F|Sc^#Xa2j=Qq5CJvB!-g<v{z;hhM?C2F|Zi[vrv{z;hiM?C2F|XKsA>!a)-g<v{z;h[eb?C2F|]i[vrv{z;h]eb?C2F|^iZu.vix,hZq3ah!.(?C2F|QOu!5ShXM:2<BaY?C2F|P", 13494, 2713, 49, 25, 61);

// node_modules/entities/dist/internal/bin-trie-flags.js
var BinTrieFlags;
(function(BinTrieFlags2) {
  BinTrieFlags2[BinTrieFlags2["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags2[BinTrieFlags2["FLAG13"] = 8192] = "FLAG13";
  BinTrieFlags2[BinTrieFlags2["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
  BinTrieFlags2[BinTrieFlags2["JUMP_TABLE"] = 127] = "JUMP_TABLE";
  BinTrieFlags2[BinTrieFlags2["VALUE_MASK"] = 8191] = "VALUE_MASK";
})(BinTrieFlags || (BinTrieFlags = {}));

// node_modules/entities/dist/decode.js
var CharCodes;
(function(CharCodes2) {
  CharCodes2[CharCodes2["AMP"] = 38] = "AMP";
  CharCodes2[CharCodes2["NUM"] = 35] = "NUM";
  CharCodes2[CharCodes2["SEMI"] = 59] = "SEMI";
  CharCodes2[CharCodes2["EQUALS"] = 61] = "EQUALS";
  CharCodes2[CharCodes2["ZERO"] = 48] = "ZERO";
  CharCodes2[CharCodes2["NINE"] = 57] = "NINE";
  CharCodes2[CharCodes2["LOWER_A"] = 97] = "LOWER_A";
  CharCodes2[CharCodes2["LOWER_X"] = 120] = "LOWER_X";
})(CharCodes || (CharCodes = {}));
var TO_LOWER_BIT = 32;
var CONSUMED_SHIFT = 21;
var CODE_POINT_MASK = 2097151;
var CONSUMED_OVERFLOW = 2047;
var longNumericConsumed = 0;
function unpackConsumed(packed) {
  const consumed = packed >>> CONSUMED_SHIFT;
  return consumed === CONSUMED_OVERFLOW ? longNumericConsumed : consumed;
}
function isNumber(code2) {
  return code2 - CharCodes.ZERO >>> 0 <= 9;
}
function isHexadecimalCharacter(code2) {
  return (code2 | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 5;
}
function isAlpha(code2) {
  return (code2 | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 25;
}
function isEntityInAttributeInvalidEnd(code2) {
  return code2 === CharCodes.EQUALS || isAlpha(code2) || isNumber(code2);
}
var EntityDecoderState;
(function(EntityDecoderState2) {
  EntityDecoderState2[EntityDecoderState2["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState2[EntityDecoderState2["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState2[EntityDecoderState2["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState2[EntityDecoderState2["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState2[EntityDecoderState2["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode2) {
  DecodingMode2[DecodingMode2["Legacy"] = 0] = "Legacy";
  DecodingMode2[DecodingMode2["Strict"] = 1] = "Strict";
  DecodingMode2[DecodingMode2["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
function determineBranch(decodeTree, current, nodeIndex, char) {
  const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
  if (jumpOffset) {
    if (branchCount === 0) {
      return char === jumpOffset ? nodeIndex : -1;
    }
    const slot = char - jumpOffset;
    if (slot >>> 0 >= branchCount)
      return -1;
    const stored = decodeTree[nodeIndex + slot];
    return stored === 0 ? -1 : nodeIndex + branchCount + stored - 1 & 65535;
  }
  if (branchCount === 0)
    return -1;
  const packedKeySlots = branchCount + 1 >> 1;
  const branchEnd = nodeIndex + packedKeySlots + branchCount;
  for (let index = 0; index < branchCount; index++) {
    const packed = decodeTree[nodeIndex + (index >> 1)];
    const key = packed >> ((index & 1) << 3) & 255;
    if (key === char) {
      const pointerIndex = nodeIndex + packedKeySlots + index;
      return branchEnd + decodeTree[pointerIndex] & 65535;
    }
    if (key > char)
      return -1;
  }
  return -1;
}
function readTrieValue(decodeTree, nodeIndex, valueLength) {
  if (valueLength === 1) {
    return String.fromCharCode(decodeTree[nodeIndex] & BinTrieFlags.VALUE_MASK);
  }
  if (valueLength === 2) {
    return String.fromCharCode(decodeTree[nodeIndex + 1]);
  }
  return String.fromCharCode(decodeTree[nodeIndex + 1], decodeTree[nodeIndex + 2]);
}
function parseNumericEntity(input, numberStart, inputLength) {
  let offset = numberStart + 1;
  let cp = 0;
  let digitStart = offset;
  if (offset < inputLength && (input.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
    offset += 1;
    digitStart = offset;
    while (offset < inputLength) {
      const char = input.charCodeAt(offset);
      if (isNumber(char)) {
        cp = cp * 16 + (char - CharCodes.ZERO);
      } else if (isHexadecimalCharacter(char)) {
        cp = cp * 16 + ((char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10);
      } else {
        break;
      }
      offset += 1;
    }
  } else {
    while (offset < inputLength) {
      const digit = input.charCodeAt(offset) - CharCodes.ZERO;
      if (digit >>> 0 > 9)
        break;
      cp = cp * 10 + digit;
      offset += 1;
    }
  }
  if (offset === digitStart)
    return 0;
  if (offset < inputLength && input.charCodeAt(offset) === CharCodes.SEMI) {
    offset += 1;
  }
  if (cp > 1114111)
    cp = 1114112;
  let consumed = offset - numberStart;
  if (consumed >= CONSUMED_OVERFLOW) {
    longNumericConsumed = consumed;
    consumed = CONSUMED_OVERFLOW;
  }
  return consumed << CONSUMED_SHIFT | cp;
}
function decodeWithTrie(input, isStrict, isAttribute) {
  const decodeTree = htmlDecodeTree;
  let offset = input.indexOf("&");
  if (offset < 0)
    return input;
  const inputLength = input.length;
  let chunkStart = 0;
  let result = "";
  const root = decodeTree[0];
  const rootJumpOffset = root & BinTrieFlags.JUMP_TABLE;
  const rootBranchCount = (root & BinTrieFlags.BRANCH_LENGTH) >> 7;
  do {
    const entityStart = offset + 1;
    const firstChar = input.charCodeAt(entityStart);
    let consumed;
    let value;
    if (firstChar === CharCodes.NUM) {
      const packed = parseNumericEntity(input, entityStart, inputLength);
      consumed = unpackConsumed(packed);
      if (isStrict && consumed > 0 && input.charCodeAt(entityStart + consumed - 1) !== CharCodes.SEMI) {
        consumed = 0;
      }
      value = consumed === 0 ? "" : codePointToString(packed & CODE_POINT_MASK);
    } else if (isAlpha(firstChar)) {
      consumed = 0;
      value = "";
      const rootSlotIndex = firstChar - rootJumpOffset;
      let nodeIndex;
      if (rootSlotIndex >>> 0 < rootBranchCount) {
        const stored = decodeTree[1 + rootSlotIndex];
        nodeIndex = stored === 0 ? -1 : rootBranchCount + stored & 65535;
      } else {
        nodeIndex = -1;
      }
      let bestNodeIndex = 0;
      let bestValueLength = 0;
      let current = nodeIndex < 0 ? 0 : decodeTree[nodeIndex];
      let index = entityStart + 1;
      trie: while (index < inputLength) {
        while (
          // Value-less, non-run node with a nonzero jump offset.
          (current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === 0 && (current & BinTrieFlags.JUMP_TABLE) !== 0
        ) {
          const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
          const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
          if (branchCount === 0) {
            if (input.charCodeAt(index) !== jumpOffset)
              break trie;
            nodeIndex += 1;
          } else {
            const slot = input.charCodeAt(index) - jumpOffset;
            if (slot >>> 0 >= branchCount)
              break trie;
            const stored = decodeTree[nodeIndex + 1 + slot];
            if (stored === 0)
              break trie;
            nodeIndex = nodeIndex + branchCount + stored & 65535;
          }
          current = decodeTree[nodeIndex];
          index += 1;
          if (index >= inputLength)
            break trie;
        }
        if ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === BinTrieFlags.FLAG13) {
          const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
          if (input.charCodeAt(index) !== (current & BinTrieFlags.JUMP_TABLE)) {
            break;
          }
          index += 1;
          const remaining = runLength - 1;
          let wordIndex = nodeIndex + 1;
          let charIndexInPacked = 0;
          for (; charIndexInPacked + 1 < remaining; charIndexInPacked += 2) {
            const packed = decodeTree[wordIndex];
            if (input.charCodeAt(index) !== (packed & 255))
              break trie;
            index += 1;
            if (input.charCodeAt(index) !== (packed >> 8 & 255))
              break trie;
            index += 1;
            wordIndex += 1;
          }
          if (charIndexInPacked < remaining) {
            if (input.charCodeAt(index) !== (decodeTree[wordIndex] & 255))
              break;
            index += 1;
          }
          nodeIndex += 1 + (runLength >> 1);
          current = decodeTree[nodeIndex];
          continue;
        }
        const valueLength = current >>> 14;
        const char = input.charCodeAt(index);
        if (valueLength !== 0) {
          if (char === CharCodes.SEMI) {
            consumed = index - entityStart + 1;
            value = valueLength === 1 ? String.fromCharCode(current & BinTrieFlags.VALUE_MASK) : readTrieValue(decodeTree, nodeIndex, valueLength);
            break;
          }
          if (!isStrict && (current & BinTrieFlags.FLAG13) === 0) {
            consumed = index - entityStart;
            bestNodeIndex = nodeIndex;
            bestValueLength = valueLength;
          }
          if (valueLength === 1)
            break;
        }
        const next = determineBranch(decodeTree, current, nodeIndex + (valueLength || 1), char);
        if (next < 0)
          break;
        nodeIndex = next;
        current = decodeTree[nodeIndex];
        index += 1;
      }
      if (value === "") {
        const finalVL = current >>> 14;
        if (finalVL !== 0 && !isStrict && (current & BinTrieFlags.FLAG13) === 0) {
          consumed = index - entityStart;
          bestNodeIndex = nodeIndex;
          bestValueLength = finalVL;
        }
        if (consumed > 0) {
          value = readTrieValue(decodeTree, bestNodeIndex, bestValueLength);
        }
      }
    } else {
      consumed = 0;
      value = "";
    }
    if (consumed === 0 || isAttribute && firstChar !== CharCodes.NUM && input.charCodeAt(entityStart + consumed - 1) !== CharCodes.SEMI && entityStart + consumed < inputLength && isEntityInAttributeInvalidEnd(input.charCodeAt(entityStart + consumed))) {
      offset = entityStart;
    } else {
      if (chunkStart < offset) {
        result += input.slice(chunkStart, offset);
      }
      result += value;
      offset = chunkStart = entityStart + consumed;
    }
    if (input.charCodeAt(offset) !== CharCodes.AMP) {
      offset = input.indexOf("&", offset);
    }
  } while (offset >= 0);
  return result + input.slice(chunkStart);
}
function decodeHTMLStrict(htmlString) {
  return decodeWithTrie(htmlString, true, false);
}

// node_modules/entities/dist/index.js
var EntityLevel;
(function(EntityLevel2) {
  EntityLevel2[EntityLevel2["XML"] = 0] = "XML";
  EntityLevel2[EntityLevel2["HTML"] = 1] = "HTML";
})(EntityLevel || (EntityLevel = {}));
var EncodingMode;
(function(EncodingMode2) {
  EncodingMode2[EncodingMode2["UTF8"] = 0] = "UTF8";
  EncodingMode2[EncodingMode2["ASCII"] = 1] = "ASCII";
  EncodingMode2[EncodingMode2["Extensive"] = 2] = "Extensive";
  EncodingMode2[EncodingMode2["Attribute"] = 3] = "Attribute";
  EncodingMode2[EncodingMode2["Text"] = 4] = "Text";
})(EncodingMode || (EncodingMode = {}));

// node_modules/linkify-it/build/index.mjs
var REBuilder = class {
  src_Any = Any.source;
  src_Cc = Cc.source;
  src_Z = Z.source;
  src_P = P.source;
  src_ZPCc = [
    this.src_Z,
    this.src_P,
    this.src_Cc
  ].join("|");
  src_ZCc = [this.src_Z, this.src_Cc].join("|");
  cache = {};
  opts = {
    maxLength: 1e4,
    urlAuth: false,
    schema_names: []
  };
  constructor(opts = {}) {
    this.opts = {
      ...this.opts,
      ...opts
    };
  }
  set(opts = {}) {
    this.opts = {
      ...this.opts,
      ...opts
    };
    this.cache = {};
    return this;
  }
  escapeRE(str) {
    return str.replace(/[.?*+^$[\]\\(){}|-]/g, "\\$&");
  }
  nestedPairRE(open, close2, depth = 4) {
    const openRE = this.escapeRE(open);
    const closeRE = this.escapeRE(close2);
    const atom = `(?:(?!${this.src_ZCc}|${openRE}|${closeRE}).)`;
    let pair = `${openRE}${atom}{0,1000}${closeRE}`;
    for (let level = 2; level <= depth; level++) pair = `${openRE}(?:${atom}|${pair}){0,1000}${closeRE}`;
    return pair;
  }
  get_text_separators() {
    return this.cache.text_separators ??= /[><\uff5c]/;
  }
  get_pseudo_letter() {
    return this.cache.src_pseudo_letter ??= new RegExp(`(?:(?!${this.get_text_separators().source}|${this.src_ZPCc})${this.src_Any})`);
  }
  get_ipv4_addr() {
    return this.cache.src_ip4 ??= /* @__PURE__ */ new RegExp("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])[.]){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])");
  }
  get_ipv6_addr() {
    const h16 = "[0-9A-Fa-f]{1,4}";
    const ls32 = `(?:(?:${h16}:${h16})|${this.get_ipv4_addr().source})`;
    return this.cache.src_ip6_addr ??= new RegExp(`(?:(?:${h16}:){6}${ls32}|::(?:${h16}:){5}${ls32}|(?:${h16})?::(?:${h16}:){4}${ls32}|(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}${ls32}|(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}${ls32}|(?:(?:${h16}:){0,3}${h16})?::${h16}:${ls32}|(?:(?:${h16}:){0,4}${h16})?::${ls32}|(?:(?:${h16}:){0,5}${h16})?::${h16}|(?:(?:${h16}:){0,6}${h16})?::)`);
  }
  get_ipv6_url_host() {
    return this.cache.src_ip6_host ??= new RegExp(`\\[${this.get_ipv6_addr().source}\\]`);
  }
  get_ipv6_mail_host() {
    return this.cache.src_ipv6_mail_host ??= new RegExp(`\\[IPv6:${this.get_ipv6_addr().source}\\]`);
  }
  get_auth() {
    return this.cache.src_auth ??= new RegExp(`(?:(?:(?!${this.src_ZCc}|[@/\\[\\]()]).){1,50}@)?`);
  }
  get_port() {
    return this.cache.src_port ??= /* @__PURE__ */ new RegExp("(?::(?:6(?:[0-4]\\d{3}|5(?:[0-4]\\d{2}|5(?:[0-2]\\d|3[0-5])))|[1-5]?\\d{1,4}))?");
  }
  get_host_terminator() {
    return this.cache.src_host_terminator ??= new RegExp(`(?=$|${this.get_text_separators().source}|${this.src_ZPCc})(?!${this.opts["---"] ? "-(?!--)|" : "-|"}_|:\\d|\\.-|\\.(?!$|${this.src_ZPCc}))`);
  }
  get_path_terminator() {
    return this.cache.src_path_terminator ??= new RegExp(`${this.src_ZPCc}|${this.get_text_separators().source}`);
  }
  get_path() {
    return this.cache.src_path ??= new RegExp(`(?:[/?#](?:${this.nestedPairRE("[", "]")}|${this.nestedPairRE("(", ")")}|${this.nestedPairRE("{", "}")}|\\"(?:(?!${this.src_ZCc}|["]).){1,100}\\"|\\'(?:(?!${this.src_ZCc}|[']).){1,100}\\'|\\'(?=${this.get_pseudo_letter().source}|[-])|\\.{2,20}[:]?[a-zA-Z0-9%/&]|\\.(?!${this.src_ZCc}|[.]|$)|` + (this.opts["---"] ? "\\-(?!--(?:[^-]|$))(?:-{0,19})|" : "\\-{1,20}|") + `,(?!${this.src_ZCc}|$)|;(?!${this.src_ZCc}|$)|\\!{1,20}(?!${this.src_ZCc}|[!]|$)|\\?(?!${this.src_ZCc}|[?]|$)|` + this.get_path_extra().source + `[\\\\/:%@#&=_~*]|(?!${this.get_path_terminator().source}).){1,${this.opts.maxLength}}|\\/)?`);
  }
  get_mail_name() {
    return this.cache.src_mail_name ??= /* @__PURE__ */ new RegExp("[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9](?:[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9]|[.](?=[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9])){0,63}");
  }
  get_xn() {
    return this.cache.src_xn ??= /* @__PURE__ */ new RegExp("xn--[a-z0-9\\-]{1,59}");
  }
  get_tld() {
    if (this.cache.tld) return this.cache.tld;
    const tlds_src = [...new Set(this.opts.tlds || [])].sort().reverse().join("|");
    this.cache.tld = new RegExp(`${tlds_src || "$#none#$"}|${this.get_xn().source}`);
    return this.cache.tld;
  }
  get_domain_root() {
    return this.cache.src_domain_root ??= new RegExp("(?:" + this.get_xn().source + `|${this.get_pseudo_letter().source}{1,63})`);
  }
  get_domain() {
    return this.cache.src_domain ??= new RegExp("(?:" + this.get_xn().source + `|(?:${this.get_pseudo_letter().source})|(?:${this.get_pseudo_letter().source}(?:-|${this.get_pseudo_letter().source}){0,61}${this.get_pseudo_letter().source}))`);
  }
  get_url_host_port() {
    return this.cache.url_host_port ??= new RegExp("(?:" + this.get_ipv6_url_host().source + `|(?:(?:(?:${this.get_domain().source})\\.){0,10}${this.get_domain().source}))` + this.get_port().source + this.get_host_terminator().source);
  }
  get_fuzzy_url_host_port() {
    return this.cache.fuzzy_url_host_port ??= new RegExp("(?:" + (this.opts.fuzzyIP ? this.get_ipv4_addr().source + "|" : "") + `(?:(?:(?:${this.get_domain().source})\\.){1,10}(?:${this.get_tld().source})))` + this.get_host_terminator().source);
  }
  get_mail_host() {
    return this.cache.src_mail_host ??= new RegExp("(?:" + this.get_ipv6_mail_host().source + `|(?:(?:(?:${this.get_domain().source})\\.){0,4}${this.get_domain().source}))` + this.get_host_terminator().source);
  }
  get_fuzzy_mail_host() {
    return this.cache.src_fuzzy_mail_host ??= new RegExp("(?:" + this.get_ipv6_mail_host().source + `|(?:(?:(?:${this.get_domain().source})[.]){1,4}${this.get_domain_root().source}))` + this.get_host_terminator().source);
  }
  get_path_extra() {
    return this.cache.src_path_extra ??= /* @__PURE__ */ new RegExp("");
  }
  get_fuzzy_mail_host_search() {
    return this.cache.mail_fuzzy_host_search ??= new RegExp(`@${this.get_fuzzy_mail_host().source}`, "ig");
  }
  get_fuzzy_link_search() {
    return this.cache.link_fuzzy_search ??= new RegExp(`(^|(?![.:/\\-_@])(?:[$+<=>^\`|\uFF5C]|${this.src_ZPCc}))(?:(?![$+<=>^\`|\uFF5C])${this.get_fuzzy_url_host_port().source}${this.get_path().source})`, "ig");
  }
  get_http_validator() {
    return this.cache.http_validator ??= new RegExp("\\/\\/" + (this.opts.urlAuth ? this.get_auth().source : "") + this.get_url_host_port().source + this.get_path().source, "iy");
  }
  get_relative_proto_validator() {
    return this.cache.relative_proto_validator ??= new RegExp((this.opts.urlAuth ? this.get_auth().source : "") + `(?:localhost|${this.get_ipv6_url_host().source}|(?:(?:${this.get_domain().source})[.]){1,10}${this.get_domain_root().source})` + this.get_port().source + this.get_host_terminator().source + this.get_path().source, "iy");
  }
  get_mail_name_validator() {
    return this.cache.mail_name_validator ??= new RegExp(`(?:^|${this.get_text_separators().source}|"|\\(|${this.src_ZCc})(${this.get_mail_name().source})$`);
  }
  get_mailto_validator() {
    return this.cache.mailto_validator ??= new RegExp(`${this.get_mail_name().source}@${this.get_mail_host().source}`, "iy");
  }
  get_schema_names() {
    return this.cache.schema_names ??= new RegExp((this.opts.schema_names || []).map((name) => this.escapeRE(name)).join("|"));
  }
  get_schema_search() {
    return this.cache.schema_search ??= new RegExp(`(^|(?!_)(?:[><\uFF5C]|${this.src_ZPCc}))(${this.get_schema_names().source})`, "ig");
  }
  get_schema_at_start() {
    return this.cache.schema_at_start ??= new RegExp(`^${this.get_schema_search().source}`, "i");
  }
};
var web_schema = {
  validate: (text2, pos, self) => {
    const re = self.re.get_http_validator();
    re.lastIndex = pos;
    const m = re.exec(text2);
    return m ? m[0].length : 0;
  },
  normalize: (match, self) => self.normalize(match)
};
var defaultSchemas = {
  "http:": web_schema,
  "https:": web_schema,
  "ftp:": web_schema,
  "//": {
    validate: function(text2, pos, self) {
      const re = self.re.get_relative_proto_validator();
      re.lastIndex = pos;
      const m = re.exec(text2);
      if (m) {
        if (pos >= 3 && text2[pos - 3] === ":") return 0;
        if (pos >= 3 && text2[pos - 3] === "/") return 0;
        return m[0].length;
      }
      return 0;
    },
    normalize: (match, self) => self.normalize(match)
  },
  "mailto:": {
    validate: function(text2, pos, self) {
      const re = self.re.get_mailto_validator();
      re.lastIndex = pos;
      const m = re.exec(text2);
      return m ? m[0].length : 0;
    },
    normalize: (match, self) => self.normalize(match)
  }
};
var tlds_2ch = "a:cdefgilmnoqrstuwxz|b:abdefghijmnorstvwyz|c:acdfghiklmnoruvwxyz|d:ejkmoz|e:cegrstu|f:ijkmor|g:abdefghilmnpqrstuwy|h:kmnrtu|i:delmnoqrst|j:emop|k:eghimnprwyz|l:abcikrstuvy|m:acdeghklmnopqrstuvwxyz|n:acefgilopruz|o:m|p:aefghklmnrstwy|q:a|r:eosuw|s:abcdeghijklmnortuvxyz|t:cdfghjklmnortvwz|u:agksyz|v:aceginu|w:fs|y:et|z:amw";
var tlds_default = "biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|\u0440\u0444";
function unpackTlds() {
  const result = tlds_default.split("|");
  tlds_2ch.split("|").forEach((item2) => {
    const sep = item2.indexOf(":");
    const prefix = item2.slice(0, sep);
    for (const suffix of item2.slice(sep + 1)) result.push(prefix + suffix);
  });
  return result;
}
var defaultOptions = {
  fuzzyLink: false,
  fuzzyEmail: true,
  fuzzyIP: false,
  "---": false,
  tlds: unpackTlds(),
  urlAuth: false,
  maxLength: 1e4
};
var Match = class {
  /** Prefix (protocol) for matched string. Empty for fuzzy links. */
  schema;
  /** First position of matched string. */
  index;
  /** Next position after matched string. */
  lastIndex;
  /** Matched string. */
  raw;
  /** Normalized text of matched string. */
  text;
  /** Normalized URL of matched string. */
  url;
  constructor(text2, schema, index, lastIndex) {
    const raw = text2.slice(index, lastIndex);
    this.schema = schema.toLowerCase();
    this.index = index;
    this.lastIndex = lastIndex;
    this.raw = raw;
    this.text = raw;
    this.url = raw;
  }
};
var LinkifyIt = class {
  __opts__;
  __schemas__;
  re;
  /**
  * Creates new linkifier instance.
  *
  * By default understands:
  *
  * - `http(s)://...` , `ftp://...`, `mailto:...` & `//...` links
  * - "fuzzy" emails (foo@bar.com).
  *
  * See {@link LinkifyConstructorOptions} for available options.
  *
  * @param options Recognition options.
  *
  * @example
  * ```javascript
  * import { LinkifyIt } from 'linkify-it'
  *
  * const linkify = new LinkifyIt({ fuzzyLink: true })
  *
  * linkify
  *   .tlds(require('tlds'))       // Reload with full TLD list
  *   .tlds('onion', true)         // Add unofficial `.onion` domain
  *   .add('ftp:', null)           // Disable `ftp:` protocol
  *   .set({ fuzzyIP: true })      // Enable IPs in fuzzy links
  *
  * console.log(linkify.test('Site github.com!')) // true
  * console.log(linkify.match('Site github.com!'))
  * ```
  */
  constructor(options = {}) {
    const { rebuilder, ...linkifyOptions } = options;
    this.__opts__ = {
      ...defaultOptions,
      ...linkifyOptions
    };
    this.__schemas__ = { ...defaultSchemas };
    this.re = rebuilder || new REBuilder();
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
  }
  /**
  * Add new rule definition.
  *
  * `schema` is a link prefix (usually, protocol name with `:` at the end,
  * `skype:` for example). `linkify-it` makes sure that prefix is not
  * preceded with alphanumeric char and symbols. Only whitespaces and
  * punctuation allowed.
  *
  * `definition` is a rule to check tail after link prefix. To disable an
  * existing rule, pass `null`.
  *
  * @param schema Rule name (fixed pattern prefix).
  * @param definition Schema definition, or `null` to disable the rule.
  *
  * See [twitter mentions example](https://github.com/markdown-it/linkify-it/blob/master/examples/twitter.mjs).
  */
  add(schema, definition = null) {
    if (!definition) delete this.__schemas__[schema];
    else {
      const def = {
        normalize: (match, self) => self.normalize(match),
        ...definition
      };
      this.__schemas__[schema] = def;
    }
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Set recognition options for links without schema.
  *
  * @param options Recognition options.
  */
  set(options = {}) {
    this.__opts__ = {
      ...this.__opts__,
      ...options
    };
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Searches linkifiable pattern and returns `true` on success or `false` on fail.
  *
  * @param text Text to scan.
  */
  test(text2) {
    if (!text2.length) return false;
    let m, re;
    re = this.re.get_schema_search();
    re.lastIndex = 0;
    while ((m = re.exec(text2)) !== null) if (this.testSchemaAt(text2, m[2], re.lastIndex)) return true;
    if (this.__opts__.fuzzyLink && this.__schemas__["http:"]) {
      re = this.re.get_fuzzy_link_search();
      re.lastIndex = 0;
      if (re.exec(text2) !== null) return true;
    }
    if (this.__opts__.fuzzyEmail && this.__schemas__["mailto:"]) {
      if (text2.indexOf("@") >= 0) {
        const mailHostRe = this.re.get_fuzzy_mail_host_search();
        const mailNameRe = this.re.get_mail_name_validator();
        mailHostRe.lastIndex = 0;
        while ((m = mailHostRe.exec(text2)) !== null) {
          const name = text2.slice(Math.max(0, m.index - 65), m.index);
          if (mailNameRe.test(name)) return true;
        }
      }
    }
    return false;
  }
  /**
  * Similar to {@link LinkifyIt.test} but checks only specific protocol tail exactly
  * at given position. Returns length of found pattern (0 on fail).
  *
  * @param text Text to scan.
  * @param schema Rule (schema) name.
  * @param pos Text offset to check from.
  */
  testSchemaAt(text2, schema, pos) {
    if (!this.__schemas__[schema.toLowerCase()]) return 0;
    return this.__schemas__[schema.toLowerCase()].validate(text2.slice(0, pos + this.__opts__.maxLength), pos, this);
  }
  /**
  * Returns array of found link descriptions or `null` on fail. We strongly
  * recommend to use {@link LinkifyIt.test} first, for best speed.
  *
  * @param text Text to scan.
  */
  match(text2) {
    const result = [];
    const schemaRe = this.re.get_schema_search();
    let fuzzyLinkRe;
    let mailHostRe;
    let mailNameRe;
    let fuzzyLinkCandidate;
    let fuzzyEmailCandidate;
    let schemaPrefix;
    let schemaDone = false;
    let fuzzyLinkDone = false;
    let fuzzyEmailDone = false;
    let pos = 0;
    if (!text2.length) return null;
    schemaRe.lastIndex = 0;
    if (this.__opts__.fuzzyLink && this.__schemas__["http:"]) {
      fuzzyLinkRe = this.re.get_fuzzy_link_search();
      fuzzyLinkRe.lastIndex = 0;
    }
    if (this.__opts__.fuzzyEmail && this.__schemas__["mailto:"]) {
      mailHostRe = this.re.get_fuzzy_mail_host_search();
      mailHostRe.lastIndex = 0;
      mailNameRe = this.re.get_mail_name_validator();
    }
    for (; ; ) {
      const scanFrom = Math.max(pos - 1, 0);
      if (mailHostRe && mailNameRe && !fuzzyEmailDone && (!fuzzyEmailCandidate || fuzzyEmailCandidate.index < pos)) {
        if (mailHostRe.lastIndex < scanFrom) mailHostRe.lastIndex = scanFrom;
        for (; ; ) {
          const m = mailHostRe.exec(text2);
          if (!m) {
            fuzzyEmailDone = true;
            fuzzyEmailCandidate = void 0;
            break;
          }
          const name = mailNameRe.exec(text2.slice(Math.max(0, m.index - 65), m.index));
          if (!name) continue;
          fuzzyEmailCandidate = {
            schema: "mailto:",
            index: m.index - name[1].length,
            lastIndex: m.index + m[0].length
          };
          if (fuzzyEmailCandidate.index >= pos) break;
          if (mailHostRe.lastIndex < scanFrom) mailHostRe.lastIndex = scanFrom;
        }
      }
      if (fuzzyLinkRe && !fuzzyLinkDone && (!fuzzyLinkCandidate || fuzzyLinkCandidate.index < pos)) {
        if (fuzzyLinkRe.lastIndex < scanFrom) fuzzyLinkRe.lastIndex = scanFrom;
        for (; ; ) {
          const m = fuzzyLinkRe.exec(text2);
          if (!m) {
            fuzzyLinkDone = true;
            fuzzyLinkCandidate = void 0;
            break;
          }
          fuzzyLinkCandidate = {
            schema: "",
            index: m.index + m[1].length,
            lastIndex: m.index + m[0].length
          };
          if (fuzzyLinkCandidate.index >= pos) break;
          if (fuzzyLinkRe.lastIndex < scanFrom) fuzzyLinkRe.lastIndex = scanFrom;
        }
      }
      let fuzzyCandidate = fuzzyEmailCandidate;
      if (!fuzzyCandidate || fuzzyLinkCandidate && (fuzzyLinkCandidate.index < fuzzyCandidate.index || fuzzyLinkCandidate.index === fuzzyCandidate.index && fuzzyLinkCandidate.lastIndex > fuzzyCandidate.lastIndex)) fuzzyCandidate = fuzzyLinkCandidate;
      let schemaCandidate;
      if (!schemaDone) for (; ; ) {
        if (!schemaPrefix) {
          if (schemaRe.lastIndex < scanFrom) schemaRe.lastIndex = scanFrom;
          const m = schemaRe.exec(text2);
          if (!m) {
            schemaDone = true;
            break;
          }
          schemaPrefix = {
            schema: m[2],
            index: m.index + m[1].length,
            lastIndex: m.index + m[0].length
          };
        }
        if (schemaPrefix.index < pos) {
          schemaPrefix = void 0;
          continue;
        }
        if (fuzzyCandidate && schemaPrefix.index > fuzzyCandidate.index) break;
        const prefix = schemaPrefix;
        schemaPrefix = void 0;
        const len = this.testSchemaAt(text2, prefix.schema, prefix.lastIndex);
        if (len) {
          schemaCandidate = {
            schema: prefix.schema,
            index: prefix.index,
            lastIndex: prefix.lastIndex + len
          };
          break;
        }
      }
      let candidate = schemaCandidate;
      if (!candidate || fuzzyEmailCandidate && (fuzzyEmailCandidate.index < candidate.index || fuzzyEmailCandidate.index === candidate.index && fuzzyEmailCandidate.lastIndex > candidate.lastIndex)) candidate = fuzzyEmailCandidate;
      if (!candidate || fuzzyLinkCandidate && (fuzzyLinkCandidate.index < candidate.index || fuzzyLinkCandidate.index === candidate.index && fuzzyLinkCandidate.lastIndex > candidate.lastIndex)) candidate = fuzzyLinkCandidate;
      if (!candidate) break;
      if (candidate === fuzzyEmailCandidate) fuzzyEmailCandidate = void 0;
      else if (candidate === fuzzyLinkCandidate) fuzzyLinkCandidate = void 0;
      const match = new Match(text2, candidate.schema, candidate.index, candidate.lastIndex);
      if (match.schema) this.__schemas__[match.schema].normalize(match, this);
      else this.normalize(match);
      result.push(match);
      pos = candidate.lastIndex;
    }
    if (result.length) return result;
    return null;
  }
  /**
  * Returns fully-formed (not fuzzy) link if it starts at the beginning
  * of the string, and null otherwise.
  *
  * @param text Text to scan.
  */
  matchAtStart(text2) {
    if (!text2.length) return null;
    const m = this.re.get_schema_at_start().exec(text2);
    if (!m) return null;
    const len = this.testSchemaAt(text2, m[2], m[0].length);
    if (!len) return null;
    const match = new Match(text2, m[2], m.index + m[1].length, m.index + m[0].length + len);
    this.__schemas__[match.schema].normalize(match, this);
    return match;
  }
  /**
  * Load (or merge) new TLDs list. Those are used for fuzzy links (without
  * prefix) to avoid false positives. By default this algorithm is used:
  *
  * - hostname with any 2-letter root zones are ok.
  * - biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф
  *   are ok.
  * - encoded (`xn--...`) root zones are ok.
  *
  * If list is replaced, then exact match for 2-chars root zones will be checked.
  *
  * @param list List of TLDs.
  * @param keepOld Merge with current list if `true` (`false` by default).
  */
  tlds(list2, keepOld = false) {
    list2 = Array.isArray(list2) ? list2 : [list2];
    if (!keepOld) this.__opts__.tlds = list2;
    else this.__opts__.tlds = this.__opts__.tlds.concat(list2);
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Default normalizer (if schema does not define its own).
  *
  * @param match Match to normalize.
  */
  normalize(match) {
    if (!match.schema) match.url = `http://${match.url}`;
    if (match.schema === "mailto:" && !/^mailto:/i.test(match.url)) match.url = `mailto:${match.url}`;
  }
};

// node_modules/markdown-it/dist/markdown-it.mjs
var import_punycode = __toESM(require_punycode(), 1);
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
  let target = {};
  for (var name in all) __defProp(target, name, {
    get: all[name],
    enumerable: true
  });
  if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
  return target;
};
var utils_exports = /* @__PURE__ */ __exportAll({
  arrayReplaceAt: () => arrayReplaceAt,
  asciiTrim: () => asciiTrim,
  callable: () => callable,
  escapeHtml: () => escapeHtml,
  escapeRE: () => escapeRE,
  fromCodePoint: () => fromCodePoint,
  isMdAsciiPunct: () => isMdAsciiPunct,
  isPunctChar: () => isPunctChar,
  isPunctCharCode: () => isPunctCharCode,
  isSpace: () => isSpace,
  isValidEntityCode: () => isValidEntityCode,
  isWhiteSpace: () => isWhiteSpace,
  lib: () => lib,
  normalizeReference: () => normalizeReference,
  unescapeAll: () => unescapeAll,
  unescapeMd: () => unescapeMd
});
function callable(cls) {
  const wrapper = function(...args) {
    return Reflect.construct(cls, args, new.target && new.target !== wrapper ? new.target : cls);
  };
  Object.defineProperty(wrapper, "name", { value: cls.name });
  Object.setPrototypeOf(wrapper, cls);
  wrapper.prototype = cls.prototype;
  return wrapper;
}
function arrayReplaceAt(src, pos, newElements) {
  return [].concat(src.slice(0, pos), newElements, src.slice(pos + 1));
}
function isValidEntityCode(c) {
  if (c >= 55296 && c <= 57343) return false;
  if (c >= 64976 && c <= 65007) return false;
  if ((c & 65535) === 65535 || (c & 65535) === 65534) return false;
  if (c >= 0 && c <= 8) return false;
  if (c === 11) return false;
  if (c >= 14 && c <= 31) return false;
  if (c >= 127 && c <= 159) return false;
  if (c > 1114111) return false;
  return true;
}
function fromCodePoint(c) {
  if (c > 65535) {
    c -= 65536;
    const surrogate1 = 55296 + (c >> 10);
    const surrogate2 = 56320 + (c & 1023);
    return String.fromCharCode(surrogate1, surrogate2);
  }
  return String.fromCharCode(c);
}
var UNESCAPE_MD_RE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
var UNESCAPE_ALL_RE = new RegExp(`${UNESCAPE_MD_RE.source}|${/&([a-z#][a-z0-9]{1,31});/gi.source}`, "gi");
var DIGITAL_ENTITY_TEST_RE = /^#((?:x[a-f0-9]{1,8}|[0-9]{1,8}))$/i;
function replaceEntityPattern(match, name) {
  if (name.charCodeAt(0) === 35 && DIGITAL_ENTITY_TEST_RE.test(name)) {
    const code2 = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (isValidEntityCode(code2)) return fromCodePoint(code2);
    return match;
  }
  const decoded = decodeHTMLStrict(match);
  if (decoded !== match) return decoded;
  return match;
}
function unescapeMd(str) {
  if (str.indexOf("\\") < 0) return str;
  return str.replace(UNESCAPE_MD_RE, "$1");
}
function unescapeAll(str) {
  if (str.indexOf("\\") < 0 && str.indexOf("&") < 0) return str;
  return str.replace(UNESCAPE_ALL_RE, function(match, escaped, entity2) {
    if (escaped) return escaped;
    return replaceEntityPattern(match, entity2);
  });
}
var HTML_ESCAPE_TEST_RE = /[&<>"]/;
var HTML_ESCAPE_REPLACE_RE = /[&<>"]/g;
var HTML_REPLACEMENTS = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;"
};
function replaceUnsafeChar(ch) {
  return HTML_REPLACEMENTS[ch];
}
function escapeHtml(str) {
  if (HTML_ESCAPE_TEST_RE.test(str)) return str.replace(HTML_ESCAPE_REPLACE_RE, replaceUnsafeChar);
  return str;
}
var REGEXP_ESCAPE_RE = /[.?*+^$[\]\\(){}|-]/g;
function escapeRE(str) {
  return str.replace(REGEXP_ESCAPE_RE, "\\$&");
}
function isSpace(code2) {
  switch (code2) {
    case 9:
    case 32:
      return true;
  }
  return false;
}
function isWhiteSpace(code2) {
  if (code2 >= 8192 && code2 <= 8202) return true;
  switch (code2) {
    case 9:
    case 10:
    case 11:
    case 12:
    case 13:
    case 32:
    case 160:
    case 5760:
    case 8239:
    case 8287:
    case 12288:
      return true;
  }
  return false;
}
function isPunctChar(ch) {
  return P.test(ch) || S.test(ch);
}
function isPunctCharCode(code2) {
  return isPunctChar(fromCodePoint(code2));
}
function isMdAsciiPunct(ch) {
  switch (ch) {
    case 33:
    case 34:
    case 35:
    case 36:
    case 37:
    case 38:
    case 39:
    case 40:
    case 41:
    case 42:
    case 43:
    case 44:
    case 45:
    case 46:
    case 47:
    case 58:
    case 59:
    case 60:
    case 61:
    case 62:
    case 63:
    case 64:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 123:
    case 124:
    case 125:
    case 126:
      return true;
    default:
      return false;
  }
}
function normalizeReference(str) {
  str = str.trim().replace(/\s+/g, " ");
  return str.toLowerCase().toUpperCase();
}
function isAsciiTrimmable(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function asciiTrim(str) {
  let start = 0;
  for (; start < str.length; start++) if (!isAsciiTrimmable(str.charCodeAt(start))) break;
  let end = str.length - 1;
  for (; end >= start; end--) if (!isAsciiTrimmable(str.charCodeAt(end))) break;
  return str.slice(start, end + 1);
}
var lib = {
  mdurl: mdurl_exports,
  ucmicro: build_exports
};
function parseLinkLabel(state, start, disableNested) {
  let level, found, marker, prevPos;
  const max = state.posMax;
  const oldPos = state.pos;
  state.pos = start + 1;
  level = 1;
  while (state.pos < max) {
    marker = state.src.charCodeAt(state.pos);
    if (marker === 93) {
      level--;
      if (level === 0) {
        found = true;
        break;
      }
    }
    prevPos = state.pos;
    state.md.inline.skipToken(state);
    if (marker === 91) {
      if (prevPos === state.pos - 1) level++;
      else if (disableNested) {
        state.pos = oldPos;
        return -1;
      }
    }
  }
  let labelEnd = -1;
  if (found) labelEnd = state.pos;
  state.pos = oldPos;
  return labelEnd;
}
function parseLinkDestination(str, start, max) {
  let code2;
  let pos = start;
  const result = {
    ok: false,
    pos: 0,
    str: ""
  };
  if (str.charCodeAt(pos) === 60) {
    pos++;
    while (pos < max) {
      code2 = str.charCodeAt(pos);
      if (code2 === 10) return result;
      if (code2 === 60) return result;
      if (code2 === 62) {
        result.pos = pos + 1;
        result.str = unescapeAll(str.slice(start + 1, pos));
        result.ok = true;
        return result;
      }
      if (code2 === 92 && pos + 1 < max) {
        pos += 2;
        continue;
      }
      pos++;
    }
    return result;
  }
  let level = 0;
  while (pos < max) {
    code2 = str.charCodeAt(pos);
    if (code2 === 32) break;
    if (code2 < 32 || code2 === 127) break;
    if (code2 === 92 && pos + 1 < max) {
      if (str.charCodeAt(pos + 1) === 32) {
        pos++;
        continue;
      }
      pos += 2;
      continue;
    }
    if (code2 === 40) {
      level++;
      if (level > 32) return result;
    }
    if (code2 === 41) {
      if (level === 0) break;
      level--;
    }
    pos++;
  }
  if (start === pos) return result;
  if (level !== 0) return result;
  result.str = unescapeAll(str.slice(start, pos));
  result.pos = pos;
  result.ok = true;
  return result;
}
function parseLinkTitle(str, start, max, prev_state) {
  let code2;
  let pos = start;
  const state = {
    ok: false,
    can_continue: false,
    pos: 0,
    str: "",
    marker: 0
  };
  if (prev_state) {
    state.str = prev_state.str;
    state.marker = prev_state.marker;
  } else {
    if (pos >= max) return state;
    let marker = str.charCodeAt(pos);
    if (marker !== 34 && marker !== 39 && marker !== 40) return state;
    start++;
    pos++;
    if (marker === 40) marker = 41;
    state.marker = marker;
  }
  while (pos < max) {
    code2 = str.charCodeAt(pos);
    if (code2 === state.marker) {
      state.pos = pos + 1;
      state.str += unescapeAll(str.slice(start, pos));
      state.ok = true;
      return state;
    } else if (code2 === 40 && state.marker === 41) return state;
    else if (code2 === 92 && pos + 1 < max) pos++;
    pos++;
  }
  state.can_continue = true;
  state.str += unescapeAll(str.slice(start, pos));
  return state;
}
var helpers_exports = /* @__PURE__ */ __exportAll({
  parseLinkDestination: () => parseLinkDestination,
  parseLinkLabel: () => parseLinkLabel,
  parseLinkTitle: () => parseLinkTitle
});
function _typeof(o) {
  "@babel/helpers - typeof";
  return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof(o);
}
function toPrimitive(t, r) {
  if ("object" != _typeof(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function toPropertyKey(t) {
  var i = toPrimitive(t, "string");
  return "symbol" == _typeof(i) ? i : i + "";
}
function _defineProperty(e, r, t) {
  return (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
    value: t,
    enumerable: true,
    configurable: true,
    writable: true
  }) : e[r] = t, e;
}
var Token = class {
  constructor(type, tag, nesting) {
    _defineProperty(
      this,
      /**
      * Source map info. Format: `[ line_begin, line_end ]`
      */
      "map",
      null
    );
    _defineProperty(
      this,
      /**
      * nesting level, the same as `state.level`
      */
      "level",
      0
    );
    _defineProperty(
      this,
      /**
      * An array of child nodes (inline and img tokens)
      */
      "children",
      null
    );
    _defineProperty(
      this,
      /**
      * In a case of self-closing tag (code, html, fence, etc.),
      * it has contents of this tag.
      */
      "content",
      ""
    );
    _defineProperty(
      this,
      /**
      * '*' or '_' for emphasis, fence string for fence, etc.
      */
      "markup",
      ""
    );
    _defineProperty(
      this,
      /**
      * Additional information:
      *
      * - Info string for "fence" tokens
      * - The value "auto" for autolink "link_open" and "link_close" tokens
      * - The string value of the item marker for ordered-list "list_item_open" tokens
      */
      "info",
      ""
    );
    _defineProperty(
      this,
      /**
      * True for block-level tokens, false for inline tokens.
      * Used in renderer to calculate line breaks
      */
      "block",
      false
    );
    _defineProperty(
      this,
      /**
      * If it's true, ignore this element when rendering. Used for tight lists
      * to hide paragraphs.
      */
      "hidden",
      false
    );
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.nesting = nesting;
    this.meta = null;
  }
  /**
  * Search attribute index by name.
  */
  attrIndex(name) {
    if (!this.attrs) return -1;
    const attrs = this.attrs;
    for (let i = 0, len = attrs.length; i < len; i++) if (attrs[i][0] === name) return i;
    return -1;
  }
  /**
  * Add `[ name, value ]` attribute to list. Init attrs if necessary
  */
  attrPush(attrData) {
    if (this.attrs) this.attrs.push(attrData);
    else this.attrs = [attrData];
  }
  /**
  * Set `name` attribute to `value`. Override old value if exists.
  */
  attrSet(name, value) {
    const idx = this.attrIndex(name);
    const attrData = [name, value];
    if (idx < 0) this.attrPush(attrData);
    else this.attrs[idx] = attrData;
  }
  /**
  * Get the value of attribute `name`, or null if it does not exist.
  */
  attrGet(name) {
    const idx = this.attrIndex(name);
    let value = null;
    if (idx >= 0) value = this.attrs[idx][1];
    return value;
  }
  /**
  * Join value to existing attribute via space. Or create new attribute if not
  * exists. Useful to operate with token classes.
  */
  attrJoin(name, value) {
    const idx = this.attrIndex(name);
    if (idx < 0) this.attrPush([name, value]);
    else this.attrs[idx][1] = `${this.attrs[idx][1]} ${value}`;
  }
};
var Ruler = class {
  constructor() {
    _defineProperty(
      this,
      /** @internal */
      "__rules__",
      []
    );
    _defineProperty(
      this,
      /** @internal */
      "__cache__",
      null
    );
  }
  /** @internal */
  __find__(name) {
    for (let i = 0; i < this.__rules__.length; i++) if (this.__rules__[i].name === name) return i;
    return -1;
  }
  /** @internal */
  __compile__() {
    const chains = /* @__PURE__ */ new Set();
    this.__rules__.forEach((rule) => {
      if (!rule.enabled) return;
      rule.alt.forEach((altName) => {
        if (altName) chains.add(altName);
      });
    });
    this.__cache__ = /* @__PURE__ */ Object.create(null);
    this.__cache__[""] = [];
    this.__rules__.forEach((rule) => {
      if (rule.enabled) this.__cache__[""].push(rule.fn);
    });
    chains.forEach((chain) => {
      this.__cache__[chain] = [];
      this.__rules__.forEach((rule) => {
        if (rule.enabled && rule.alt.indexOf(chain) >= 0) this.__cache__[chain].push(rule.fn);
      });
    });
  }
  /**
  * Replace rule by name with new function & options. Throws error if name not
  * found.
  *
  * @example Replace existing typographer replacement rule with new one
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.core.ruler.at('replacements', function replace(state) {
  *   //...
  * });
  * ```
  */
  at(name, fn, options = {}) {
    const index = this.__find__(name);
    if (index === -1) throw new Error(`Parser rule not found: ${name}`);
    this.__rules__[index].fn = fn;
    this.__rules__[index].alt = options.alt || [];
    this.__cache__ = null;
  }
  /**
  * Add new rule to chain before one with given name. See also
  * {@link Ruler.after}, {@link Ruler.push}.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.block.ruler.before('paragraph', 'my_rule', function replace(state) {
  *   //...
  * });
  * ```
  */
  before(beforeName, ruleName, fn, options = {}) {
    const index = this.__find__(beforeName);
    if (index === -1) throw new Error(`Parser rule not found: ${beforeName}`);
    this.__rules__.splice(index, 0, {
      name: ruleName,
      enabled: true,
      fn,
      alt: options.alt || []
    });
    this.__cache__ = null;
  }
  /**
  * Add new rule to chain after one with given name. See also
  * {@link Ruler.before}, {@link Ruler.push}.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.inline.ruler.after('text', 'my_rule', function replace(state) {
  *   //...
  * });
  * ```
  */
  after(afterName, ruleName, fn, options = {}) {
    const index = this.__find__(afterName);
    if (index === -1) throw new Error(`Parser rule not found: ${afterName}`);
    this.__rules__.splice(index + 1, 0, {
      name: ruleName,
      enabled: true,
      fn,
      alt: options.alt || []
    });
    this.__cache__ = null;
  }
  /**
  * Push new rule to the end of chain. See also
  * {@link Ruler.before}, {@link Ruler.after}.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.core.ruler.push('my_rule', function replace(state) {
  *   //...
  * });
  * ```
  */
  push(ruleName, fn, options = {}) {
    this.__rules__.push({
      name: ruleName,
      enabled: true,
      fn,
      alt: options.alt || []
    });
    this.__cache__ = null;
  }
  /**
  * Enable rules with given names. If any rule name not found - throw Error.
  * Errors can be disabled by second param.
  *
  * See also {@link Ruler.disable}, {@link Ruler.enableOnly}.
  *
  * Returns list of found rule names (if no exception happened).
  */
  enable(list2, ignoreInvalid = false) {
    if (!Array.isArray(list2)) list2 = [list2];
    const result = [];
    list2.forEach((name) => {
      const idx = this.__find__(name);
      if (idx < 0) {
        if (ignoreInvalid) return;
        throw new Error(`Rules manager: invalid rule name ${name}`);
      }
      this.__rules__[idx].enabled = true;
      result.push(name);
    });
    this.__cache__ = null;
    return result;
  }
  /**
  * Enable rules with given names, and disable everything else. If any rule name
  * not found - throw Error. Errors can be disabled by second param.
  *
  * See also {@link Ruler.disable}, {@link Ruler.enable}.
  */
  enableOnly(list2, ignoreInvalid = false) {
    if (!Array.isArray(list2)) list2 = [list2];
    this.__rules__.forEach((rule) => {
      rule.enabled = false;
    });
    this.enable(list2, ignoreInvalid);
  }
  /**
  * Disable rules with given names. If any rule name not found - throw Error.
  * Errors can be disabled by second param.
  *
  * See also {@link Ruler.enable}, {@link Ruler.enableOnly}.
  *
  * Returns list of found rule names (if no exception happened).
  */
  disable(list2, ignoreInvalid = false) {
    if (!Array.isArray(list2)) list2 = [list2];
    const result = [];
    list2.forEach((name) => {
      const idx = this.__find__(name);
      if (idx < 0) {
        if (ignoreInvalid) return;
        throw new Error(`Rules manager: invalid rule name ${name}`);
      }
      this.__rules__[idx].enabled = false;
      result.push(name);
    });
    this.__cache__ = null;
    return result;
  }
  /**
  * Return array of active functions (rules) for given chain name. It analyzes
  * rules configuration, compiles caches if not exists and returns result.
  *
  * Default chain name is `''` (empty string). It can't be skipped. That's
  * done intentionally, to keep signature monomorphic for high speed.
  */
  getRules(chainName) {
    if (!this.__cache__) this.__compile__();
    return this.__cache__[chainName] || [];
  }
};
var default_rules = {};
default_rules.code_inline = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  return `<code${slf.renderAttrs(token)}>${escapeHtml(token.content)}</code>`;
};
default_rules.code_block = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  return `<pre${slf.renderAttrs(token)}><code>${escapeHtml(tokens[idx].content)}</code></pre>
`;
};
default_rules.fence = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  const info = token.info ? unescapeAll(token.info).trim() : "";
  let langName = "";
  let langAttrs = "";
  if (info) {
    const arr = info.split(/(\s+)/g);
    langName = arr[0];
    langAttrs = arr.slice(2).join("");
  }
  let highlighted;
  if (options.highlight) highlighted = options.highlight(token.content, langName, langAttrs) || escapeHtml(token.content);
  else highlighted = escapeHtml(token.content);
  if (highlighted.indexOf("<pre") === 0) return highlighted + "\n";
  if (info) {
    const i = token.attrIndex("class");
    const tmpAttrs = token.attrs ? token.attrs.slice() : [];
    if (i < 0) tmpAttrs.push(["class", `${options.langPrefix}${langName}`]);
    else {
      tmpAttrs[i] = [tmpAttrs[i][0], tmpAttrs[i][1]];
      tmpAttrs[i][1] += ` ${options.langPrefix}${langName}`;
    }
    const tmpToken = { attrs: tmpAttrs };
    return `<pre><code${slf.renderAttrs(tmpToken)}>${highlighted}</code></pre>
`;
  }
  return `<pre><code${slf.renderAttrs(token)}>${highlighted}</code></pre>
`;
};
default_rules.image = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  token.attrs[token.attrIndex("alt")][1] = slf.renderInlineAsText(token.children, options, env);
  return slf.renderToken(tokens, idx, options);
};
default_rules.hardbreak = function(tokens, idx, options) {
  return options.xhtmlOut ? "<br />\n" : "<br>\n";
};
default_rules.softbreak = function(tokens, idx, options) {
  return options.breaks ? options.xhtmlOut ? "<br />\n" : "<br>\n" : "\n";
};
default_rules.text = function(tokens, idx) {
  return escapeHtml(tokens[idx].content);
};
default_rules.html_block = function(tokens, idx) {
  return tokens[idx].content;
};
default_rules.html_inline = function(tokens, idx) {
  return tokens[idx].content;
};
var Renderer = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * Contains render rules for tokens. Can be updated and extended.
      *
      * See [source code](https://github.com/markdown-it/markdown-it/blob/master/src/renderer.ts)
      * for more details and examples.
      *
      * @example Custom render rules
      * ```javascript
      * import MarkdownIt from 'markdown-it'
      * const md = new MarkdownIt()
      *
      * md.renderer.rules.strong_open  = function () { return '<b>'; };
      * md.renderer.rules.strong_close = function () { return '</b>'; };
      *
      * const result = md.renderInline(...);
      * ```
      *
      * @example Each rule is called as independent static function with fixed signature
      * ```javascript
      * function my_token_render(tokens, idx, options, env, renderer) {
      *   // ...
      *   return renderedHTML;
      * }
      * ```
      */
      "rules",
      Object.assign({}, default_rules)
    );
  }
  /**
  * Render token attributes to string.
  */
  renderAttrs(token) {
    let i, l, result;
    if (!token.attrs) return "";
    result = "";
    for (i = 0, l = token.attrs.length; i < l; i++) result += ` ${escapeHtml(token.attrs[i][0])}="${escapeHtml(String(token.attrs[i][1]))}"`;
    return result;
  }
  /**
  * Default token renderer. Can be overriden by custom function
  * in {@link Renderer.rules}.
  */
  renderToken(tokens, idx, options) {
    const token = tokens[idx];
    let result = "";
    if (token.hidden) return "";
    let prev = idx - 1;
    while (prev >= 0 && tokens[prev].hidden && tokens[prev].nesting === 0) prev--;
    if (token.block && token.nesting !== -1 && prev >= 0 && tokens[prev].hidden && tokens[prev].nesting === -1) result += "\n";
    result += (token.nesting === -1 ? "</" : "<") + token.tag;
    result += this.renderAttrs(token);
    if (token.nesting === 0 && options.xhtmlOut) result += " /";
    let needLf = false;
    if (token.block) {
      needLf = true;
      if (token.nesting === 1) {
        let next = idx + 1;
        while (next < tokens.length && tokens[next].hidden && tokens[next].nesting === 0) next++;
        if (next < tokens.length) {
          const nextToken = tokens[next];
          if (nextToken.type === "inline" || nextToken.hidden) needLf = false;
          else if (nextToken.nesting === -1 && nextToken.tag === token.tag) needLf = false;
        }
      }
    }
    result += needLf ? ">\n" : ">";
    return result;
  }
  /**
  * The same as {@link Renderer.render}, but for single token of `inline` type.
  */
  renderInline(tokens, options, env) {
    let result = "";
    const rules = this.rules;
    for (let i = 0, len = tokens.length; i < len; i++) {
      const type = tokens[i].type;
      if (typeof rules[type] !== "undefined") result += rules[type](tokens, i, options, env, this);
      else result += this.renderToken(tokens, i, options);
    }
    return result;
  }
  /**
  * Special kludge for image `alt` attributes to conform CommonMark spec.
  * Don't try to use it! Spec requires to show `alt` content with stripped markup,
  * instead of simple escaping.
  */
  renderInlineAsText(tokens, options, env) {
    let result = "";
    for (let i = 0, len = tokens.length; i < len; i++) switch (tokens[i].type) {
      case "text":
      case "code_inline":
        result += tokens[i].content;
        break;
      case "image":
        result += this.renderInlineAsText(tokens[i].children, options, env);
        break;
      case "html_inline":
      case "html_block":
        result += tokens[i].content;
        break;
      case "softbreak":
      case "hardbreak":
        result += "\n";
    }
    return result;
  }
  /**
  * Takes token stream and generates HTML. Probably, you will never need to call
  * this method directly.
  */
  render(tokens, options, env) {
    let result = "";
    const rules = this.rules;
    for (let i = 0, len = tokens.length; i < len; i++) {
      const type = tokens[i].type;
      if (type === "inline") result += this.renderInline(tokens[i].children, options, env);
      else if (typeof rules[type] !== "undefined") result += rules[type](tokens, i, options, env, this);
      else result += this.renderToken(tokens, i, options);
    }
    return result;
  }
};
var StateCore = class {
  constructor(src, md, env) {
    _defineProperty(this, "tokens", []);
    _defineProperty(this, "inlineMode", false);
    _defineProperty(this, "Token", Token);
    this.src = src;
    this.env = env;
    this.md = md;
  }
};
var UNNORMALIZED_NEWLINE_RE = /\r\n?/g;
var NULL_RE = /\0/g;
function normalize2(state) {
  let str;
  str = state.src.replace(UNNORMALIZED_NEWLINE_RE, "\n");
  str = str.replace(NULL_RE, "\uFFFD");
  state.src = str;
}
function block(state) {
  let token;
  if (state.inlineMode) {
    token = new state.Token("inline", "", 0);
    token.content = state.src;
    token.map = [0, 1];
    token.children = [];
    state.tokens.push(token);
  } else state.md.block.parse(state.src, state.md, state.env, state.tokens);
}
function strip_references(state) {
  const tokens = state.tokens;
  let last = 0;
  for (let curr = 0; curr < tokens.length; curr++) {
    if (tokens[curr].type === "reference_definition") continue;
    if (curr !== last) tokens[last] = tokens[curr];
    last++;
  }
  if (tokens.length !== last) tokens.length = last;
}
function inline(state) {
  const tokens = state.tokens;
  for (let i = 0, l = tokens.length; i < l; i++) {
    const tok = tokens[i];
    if (tok.type === "inline") state.md.inline.parse(tok.content, state.md, state.env, tok.children);
  }
}
function isLinkOpen$1(str) {
  return /^<a[>\s]/i.test(str);
}
function isLinkClose$1(str) {
  return /^<\/a\s*>/i.test(str);
}
function linkify$1(state) {
  const blockTokens = state.tokens;
  if (!state.md.options.linkify) return;
  for (let j = 0, l = blockTokens.length; j < l; j++) {
    if (blockTokens[j].type !== "inline" || !state.md.linkify.test(blockTokens[j].content)) continue;
    const tokens = blockTokens[j].children;
    const replacements = [];
    let htmlLinkLevel = 0;
    for (let i = tokens.length - 1; i >= 0; i--) {
      const currentToken = tokens[i];
      if (currentToken.type === "link_close") {
        i--;
        while (tokens[i].level !== currentToken.level && tokens[i].type !== "link_open") i--;
        continue;
      }
      if (currentToken.type === "html_inline") {
        if (isLinkOpen$1(currentToken.content) && htmlLinkLevel > 0) htmlLinkLevel--;
        if (isLinkClose$1(currentToken.content)) htmlLinkLevel++;
      }
      if (htmlLinkLevel > 0) continue;
      if (currentToken.type === "text" && state.md.linkify.test(currentToken.content)) {
        const text2 = currentToken.content;
        let links = state.md.linkify.match(text2);
        const nodes = [];
        let level = currentToken.level;
        let lastPos = 0;
        if (links.length > 0 && links[0].index === 0 && i > 0 && tokens[i - 1].type === "text_special") links = links.slice(1);
        for (let ln = 0; ln < links.length; ln++) {
          const url = links[ln].url;
          const fullUrl = state.md.normalizeLink(url);
          if (!state.md.validateLink(fullUrl)) continue;
          let urlText = links[ln].text;
          if (!links[ln].schema) urlText = state.md.normalizeLinkText(`http://${urlText}`).replace(/^http:\/\//, "");
          else if (links[ln].schema === "mailto:" && !/^mailto:/i.test(urlText)) urlText = state.md.normalizeLinkText(`mailto:${urlText}`).replace(/^mailto:/, "");
          else urlText = state.md.normalizeLinkText(urlText);
          const pos = links[ln].index;
          if (pos > lastPos) {
            const token = new state.Token("text", "", 0);
            token.content = text2.slice(lastPos, pos);
            token.level = level;
            nodes.push(token);
          }
          const token_o = new state.Token("link_open", "a", 1);
          token_o.attrs = [["href", fullUrl]];
          token_o.level = level++;
          token_o.markup = "linkify";
          token_o.info = "auto";
          nodes.push(token_o);
          const token_t = new state.Token("text", "", 0);
          token_t.content = urlText;
          token_t.level = level;
          nodes.push(token_t);
          const token_c = new state.Token("link_close", "a", -1);
          token_c.level = --level;
          token_c.markup = "linkify";
          token_c.info = "auto";
          nodes.push(token_c);
          lastPos = links[ln].lastIndex;
        }
        if (lastPos < text2.length) {
          const token = new state.Token("text", "", 0);
          token.content = text2.slice(lastPos);
          token.level = level;
          nodes.push(token);
        }
        replacements.push({
          index: i,
          nodes
        });
      }
    }
    if (replacements.length > 0) {
      let newTokensLength = tokens.length;
      for (const replacement of replacements) newTokensLength += replacement.nodes.length - 1;
      const newTokens = new Array(newTokensLength);
      let replacementIndex = 0;
      let newTokenIndex = 0;
      replacements.reverse();
      for (let i = 0; i < tokens.length; i++) {
        const replacement = replacements[replacementIndex];
        if ((replacement === null || replacement === void 0 ? void 0 : replacement.index) === i) {
          for (const node of replacement.nodes) newTokens[newTokenIndex++] = node;
          replacementIndex++;
        } else newTokens[newTokenIndex++] = tokens[i];
      }
      blockTokens[j].children = newTokens;
    }
  }
}
var RARE_RE = /\+-|\.\.|\?\?\?\?|!!!!|,,|--/;
var SCOPED_ABBR_TEST_RE = /\((c|tm|r)\)/i;
var SCOPED_ABBR_RE = /\((c|tm|r)\)/gi;
var SCOPED_ABBR = {
  c: "\xA9",
  r: "\xAE",
  tm: "\u2122"
};
function replaceFn(match, name) {
  return SCOPED_ABBR[name.toLowerCase()];
}
function replace_scoped(inlineTokens) {
  let inside_autolink = 0;
  for (let i = inlineTokens.length - 1; i >= 0; i--) {
    const token = inlineTokens[i];
    if (token.type === "text" && !inside_autolink) token.content = token.content.replace(SCOPED_ABBR_RE, replaceFn);
    if (token.type === "link_open" && token.info === "auto") inside_autolink--;
    if (token.type === "link_close" && token.info === "auto") inside_autolink++;
  }
}
function replace_rare(inlineTokens) {
  let inside_autolink = 0;
  for (let i = inlineTokens.length - 1; i >= 0; i--) {
    const token = inlineTokens[i];
    if (token.type === "text" && !inside_autolink) {
      if (RARE_RE.test(token.content)) token.content = token.content.replace(/\+-/g, "\xB1").replace(/\.{2,}/g, "\u2026").replace(/([?!])…/g, "$1..").replace(/([?!]){4,}/g, "$1$1$1").replace(/,{2,}/g, ",").replace(/(^|[^-])---(?=[^-]|$)/gm, "$1\u2014").replace(/(^|\s)--(?=\s|$)/gm, "$1\u2013").replace(/(^|[^-\s])--(?=[^-\s]|$)/gm, "$1\u2013");
    }
    if (token.type === "link_open" && token.info === "auto") inside_autolink--;
    if (token.type === "link_close" && token.info === "auto") inside_autolink++;
  }
}
function replace(state) {
  let blkIdx;
  if (!state.md.options.typographer) return;
  for (blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
    if (state.tokens[blkIdx].type !== "inline") continue;
    if (SCOPED_ABBR_TEST_RE.test(state.tokens[blkIdx].content)) replace_scoped(state.tokens[blkIdx].children);
    if (RARE_RE.test(state.tokens[blkIdx].content)) replace_rare(state.tokens[blkIdx].children);
  }
}
var QUOTE_TEST_RE = /['"]/;
var QUOTE_RE = /['"]/g;
var APOSTROPHE = "\u2019";
var MAX_OPENERS = 1e3;
function truncateStack(stack, heads, length) {
  while (stack.length > length) {
    const item2 = stack.pop();
    if (item2.isSingleQuote) heads.single = item2.prevSameQuoteIdx;
    else heads.double = item2.prevSameQuoteIdx;
  }
}
function addReplacement(replacements, tokenIdx, pos, ch) {
  if (!replacements[tokenIdx]) replacements[tokenIdx] = [];
  replacements[tokenIdx].push({
    pos,
    ch
  });
}
function applyReplacements(str, replacements) {
  let result = "";
  let lastPos = 0;
  replacements.sort((a, b) => a.pos - b.pos);
  for (let i = 0; i < replacements.length; i++) {
    const replacement = replacements[i];
    result += str.slice(lastPos, replacement.pos) + replacement.ch;
    lastPos = replacement.pos + 1;
  }
  return result + str.slice(lastPos);
}
function process_inlines(tokens, state) {
  let j;
  const stack = [];
  const heads = {
    single: -1,
    double: -1
  };
  const replacements = {};
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const thisLevel = tokens[i].level;
    for (j = stack.length - 1; j >= 0; j--) if (stack[j].level <= thisLevel) break;
    truncateStack(stack, heads, j + 1);
    if (token.type !== "text") continue;
    const text2 = token.content;
    let pos = 0;
    const max = text2.length;
    OUTER: while (pos < max) {
      QUOTE_RE.lastIndex = pos;
      const t = QUOTE_RE.exec(text2);
      if (!t) break;
      let canOpen = true;
      let canClose = true;
      pos = t.index + 1;
      const isSingle = t[0] === "'";
      let lastChar = 32;
      if (t.index - 1 >= 0) lastChar = text2.charCodeAt(t.index - 1);
      else for (j = i - 1; j >= 0; j--) {
        if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
        if (!tokens[j].content) continue;
        lastChar = tokens[j].content.charCodeAt(tokens[j].content.length - 1);
        break;
      }
      let nextChar = 32;
      if (pos < max) nextChar = text2.charCodeAt(pos);
      else for (j = i + 1; j < tokens.length; j++) {
        if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
        if (!tokens[j].content) continue;
        nextChar = tokens[j].content.charCodeAt(0);
        break;
      }
      const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctCharCode(lastChar);
      const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctCharCode(nextChar);
      const isLastWhiteSpace = isWhiteSpace(lastChar);
      const isNextWhiteSpace = isWhiteSpace(nextChar);
      if (isNextWhiteSpace) canOpen = false;
      else if (isNextPunctChar) {
        if (!(isLastWhiteSpace || isLastPunctChar)) canOpen = false;
      }
      if (isLastWhiteSpace) canClose = false;
      else if (isLastPunctChar) {
        if (!(isNextWhiteSpace || isNextPunctChar)) canClose = false;
      }
      if (nextChar === 34 && t[0] === '"') {
        if (lastChar >= 48 && lastChar <= 57) canClose = canOpen = false;
      }
      if (canOpen && canClose) {
        canOpen = isLastPunctChar;
        canClose = isNextPunctChar;
      }
      if (!canOpen && !canClose) {
        if (isSingle) addReplacement(replacements, i, t.index, APOSTROPHE);
        continue;
      }
      if (canClose) {
        j = isSingle ? heads.single : heads.double;
        if (j >= 0 && stack[j].level === thisLevel) {
          const item2 = stack[j];
          let openQuote;
          let closeQuote;
          if (isSingle) {
            openQuote = state.md.options.quotes[2];
            closeQuote = state.md.options.quotes[3];
          } else {
            openQuote = state.md.options.quotes[0];
            closeQuote = state.md.options.quotes[1];
          }
          addReplacement(replacements, i, t.index, closeQuote);
          addReplacement(replacements, item2.tokenIdx, item2.contentPos, openQuote);
          truncateStack(stack, heads, j);
          continue OUTER;
        }
      }
      if (canOpen) {
        if (stack.length >= MAX_OPENERS) return;
        stack.push({
          tokenIdx: i,
          contentPos: t.index,
          isSingleQuote: isSingle,
          level: thisLevel,
          prevSameQuoteIdx: isSingle ? heads.single : heads.double
        });
        if (isSingle) heads.single = stack.length - 1;
        else heads.double = stack.length - 1;
      } else if (canClose && isSingle) addReplacement(replacements, i, t.index, APOSTROPHE);
    }
  }
  Object.keys(replacements).forEach(function(tokenIdx) {
    const idx = Number(tokenIdx);
    tokens[idx].content = applyReplacements(tokens[idx].content, replacements[tokenIdx]);
  });
}
function smartquotes(state) {
  if (!state.md.options.typographer) return;
  for (let blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
    if (state.tokens[blkIdx].type !== "inline" || !QUOTE_TEST_RE.test(state.tokens[blkIdx].content)) continue;
    process_inlines(state.tokens[blkIdx].children, state);
  }
}
function join_alt(tokens) {
  let curr, last;
  const max = tokens.length;
  for (curr = 0; curr < max; curr++) if (tokens[curr].type === "text_special") tokens[curr].type = "text";
  for (curr = last = 0; curr < max; curr++) if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
  else {
    if (curr !== last) tokens[last] = tokens[curr];
    last++;
  }
  if (curr !== last) tokens.length = last;
}
function text_join(state) {
  let curr, last;
  const blockTokens = state.tokens;
  const l = blockTokens.length;
  for (let j = 0; j < l; j++) {
    if (blockTokens[j].type !== "inline") continue;
    const tokens = blockTokens[j].children;
    const max = tokens.length;
    for (curr = 0; curr < max; curr++) {
      if (tokens[curr].type === "text_special") tokens[curr].type = "text";
      if (tokens[curr].children) join_alt(tokens[curr].children);
    }
    for (curr = last = 0; curr < max; curr++) if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
    else {
      if (curr !== last) tokens[last] = tokens[curr];
      last++;
    }
    if (curr !== last) tokens.length = last;
  }
}
var _rules$2 = [
  ["normalize", normalize2],
  ["block", block],
  ["strip_references", strip_references],
  ["inline", inline],
  ["linkify", linkify$1],
  ["replacements", replace],
  ["smartquotes", smartquotes],
  ["text_join", text_join]
];
var ParserCore = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Keep configuration of core rules.
      */
      "ruler",
      new Ruler()
    );
    _defineProperty(this, "State", StateCore);
    for (let i = 0; i < _rules$2.length; i++) this.ruler.push(_rules$2[i][0], _rules$2[i][1]);
  }
  /**
  * Executes core chain rules.
  */
  process(state) {
    const rules = this.ruler.getRules("");
    for (let i = 0, l = rules.length; i < l; i++) rules[i](state);
  }
};
var StateBlock = class {
  constructor(src, md, env, tokens) {
    _defineProperty(this, "bMarks", []);
    _defineProperty(this, "eMarks", []);
    _defineProperty(this, "tShift", []);
    _defineProperty(this, "sCount", []);
    _defineProperty(this, "bsCount", []);
    _defineProperty(this, "blkIndent", 0);
    _defineProperty(this, "line", 0);
    _defineProperty(this, "lineMax", 0);
    _defineProperty(this, "tight", false);
    _defineProperty(this, "listIndent", -1);
    _defineProperty(this, "parentType", "root");
    _defineProperty(this, "level", 0);
    _defineProperty(this, "Token", Token);
    this.src = src;
    this.md = md;
    this.env = env;
    this.tokens = tokens;
    const s = this.src;
    for (let start = 0, pos = 0, indent = 0, offset = 0, len = s.length, indent_found = false; pos < len; pos++) {
      const ch = s.charCodeAt(pos);
      if (!indent_found) {
        if (isSpace(ch)) {
          indent++;
          if (ch === 9) offset += 4 - offset % 4;
          else offset++;
          continue;
        } else indent_found = true;
      }
      if (ch === 10 || pos === len - 1) {
        if (ch !== 10) pos++;
        this.bMarks.push(start);
        this.eMarks.push(pos);
        this.tShift.push(indent);
        this.sCount.push(offset);
        this.bsCount.push(0);
        indent_found = false;
        indent = 0;
        offset = 0;
        start = pos + 1;
      }
    }
    this.bMarks.push(s.length);
    this.eMarks.push(s.length);
    this.tShift.push(0);
    this.sCount.push(0);
    this.bsCount.push(0);
    this.lineMax = this.bMarks.length - 1;
  }
  push(type, tag, nesting) {
    const token = new Token(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
  isEmpty(line) {
    return this.bMarks[line] + this.tShift[line] >= this.eMarks[line];
  }
  skipEmptyLines(from) {
    for (let max = this.lineMax; from < max; from++) if (this.bMarks[from] + this.tShift[from] < this.eMarks[from]) break;
    return from;
  }
  skipSpaces(pos) {
    for (let max = this.src.length; pos < max; pos++) if (!isSpace(this.src.charCodeAt(pos))) break;
    return pos;
  }
  skipSpacesBack(pos, min) {
    if (pos <= min) return pos;
    while (pos > min) if (!isSpace(this.src.charCodeAt(--pos))) return pos + 1;
    return pos;
  }
  skipChars(pos, code2) {
    for (let max = this.src.length; pos < max; pos++) if (this.src.charCodeAt(pos) !== code2) break;
    return pos;
  }
  skipCharsBack(pos, code2, min) {
    if (pos <= min) return pos;
    while (pos > min) if (code2 !== this.src.charCodeAt(--pos)) return pos + 1;
    return pos;
  }
  getLines(begin, end, indent, keepLastLF) {
    if (begin >= end) return "";
    const queue = new Array(end - begin);
    for (let i = 0, line = begin; line < end; line++, i++) {
      let lineIndent = 0;
      const lineStart = this.bMarks[line];
      let first = lineStart;
      let last;
      if (line + 1 < end || keepLastLF) last = this.eMarks[line] + 1;
      else last = this.eMarks[line];
      while (first < last && lineIndent < indent) {
        const ch = this.src.charCodeAt(first);
        if (isSpace(ch)) {
          if (ch === 9) lineIndent += 4 - (lineIndent + this.bsCount[line]) % 4;
          else lineIndent++;
        } else if (first - lineStart < this.tShift[line]) lineIndent++;
        else break;
        first++;
      }
      if (lineIndent > indent) queue[i] = new Array(lineIndent - indent + 1).join(" ") + this.src.slice(first, last);
      else queue[i] = this.src.slice(first, last);
    }
    return queue.join("");
  }
};
var MAX_AUTOCOMPLETED_CELLS = 65536;
function getLine(state, line) {
  const pos = state.bMarks[line] + state.tShift[line];
  const max = state.eMarks[line];
  return state.src.slice(pos, max);
}
function escapedSplit(str) {
  const result = [];
  const max = str.length;
  let pos = 0;
  let ch = str.charCodeAt(pos);
  let isEscaped = false;
  let lastPos = 0;
  let current = "";
  while (pos < max) {
    if (ch === 124) {
      if (!isEscaped) {
        result.push(current + str.substring(lastPos, pos));
        current = "";
        lastPos = pos + 1;
      } else {
        current += str.substring(lastPos, pos - 1);
        lastPos = pos;
      }
    }
    isEscaped = ch === 92;
    pos++;
    ch = str.charCodeAt(pos);
  }
  result.push(current + str.substring(lastPos));
  return result;
}
function table(state, startLine, endLine, silent) {
  if (startLine + 2 > endLine) return false;
  let nextLine = startLine + 1;
  if (state.sCount[nextLine] < state.blkIndent) return false;
  if (state.sCount[nextLine] - state.blkIndent >= 4) return false;
  let pos = state.bMarks[nextLine] + state.tShift[nextLine];
  if (pos >= state.eMarks[nextLine]) return false;
  const firstCh = state.src.charCodeAt(pos++);
  if (firstCh !== 124 && firstCh !== 45 && firstCh !== 58) return false;
  if (pos >= state.eMarks[nextLine]) return false;
  const secondCh = state.src.charCodeAt(pos++);
  if (secondCh !== 124 && secondCh !== 45 && secondCh !== 58 && !isSpace(secondCh)) return false;
  if (firstCh === 45 && isSpace(secondCh)) return false;
  while (pos < state.eMarks[nextLine]) {
    const ch = state.src.charCodeAt(pos);
    if (ch !== 124 && ch !== 45 && ch !== 58 && !isSpace(ch)) return false;
    pos++;
  }
  let lineText = getLine(state, startLine + 1);
  let columns = lineText.split("|");
  const aligns = [];
  for (let i = 0; i < columns.length; i++) {
    const t = columns[i].trim();
    if (!t) {
      if (i === 0 || i === columns.length - 1) continue;
      else return false;
    }
    if (!/^:?-+:?$/.test(t)) return false;
    if (t.charCodeAt(t.length - 1) === 58) aligns.push(t.charCodeAt(0) === 58 ? "center" : "right");
    else if (t.charCodeAt(0) === 58) aligns.push("left");
    else aligns.push("");
  }
  lineText = getLine(state, startLine).trim();
  if (lineText.indexOf("|") === -1) return false;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  columns = escapedSplit(lineText);
  if (columns.length && columns[0] === "") columns.shift();
  if (columns.length && columns[columns.length - 1] === "") columns.pop();
  const columnCount = columns.length;
  if (columnCount === 0 || columnCount !== aligns.length) return false;
  if (silent) return true;
  const oldParentType = state.parentType;
  state.parentType = "table";
  const terminatorRules = state.md.block.ruler.getRules("blockquote");
  const token_to = state.push("table_open", "table", 1);
  const tableLines = [startLine, 0];
  token_to.map = tableLines;
  const token_tho = state.push("thead_open", "thead", 1);
  token_tho.map = [startLine, startLine + 1];
  const token_htro = state.push("tr_open", "tr", 1);
  token_htro.map = [startLine, startLine + 1];
  for (let i = 0; i < columns.length; i++) {
    const token_ho = state.push("th_open", "th", 1);
    if (aligns[i]) token_ho.attrs = [["style", `text-align:${aligns[i]}`]];
    const token_il = state.push("inline", "", 0);
    token_il.content = columns[i].trim();
    token_il.children = [];
    state.push("th_close", "th", -1);
  }
  state.push("tr_close", "tr", -1);
  state.push("thead_close", "thead", -1);
  let tbodyLines;
  let autocompletedCells = 0;
  for (nextLine = startLine + 2; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine] < state.blkIndent) break;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
    lineText = getLine(state, nextLine).trim();
    if (!lineText) break;
    if (state.sCount[nextLine] - state.blkIndent >= 4) break;
    columns = escapedSplit(lineText);
    if (columns.length && columns[0] === "") columns.shift();
    if (columns.length && columns[columns.length - 1] === "") columns.pop();
    autocompletedCells += columnCount - columns.length;
    if (autocompletedCells > MAX_AUTOCOMPLETED_CELLS) break;
    if (nextLine === startLine + 2) {
      const token_tbo = state.push("tbody_open", "tbody", 1);
      token_tbo.map = tbodyLines = [startLine + 2, 0];
    }
    const token_tro = state.push("tr_open", "tr", 1);
    token_tro.map = [nextLine, nextLine + 1];
    for (let i = 0; i < columnCount; i++) {
      const token_tdo = state.push("td_open", "td", 1);
      if (aligns[i]) token_tdo.attrs = [["style", `text-align:${aligns[i]}`]];
      const token_il = state.push("inline", "", 0);
      token_il.content = columns[i] ? columns[i].trim() : "";
      token_il.children = [];
      state.push("td_close", "td", -1);
    }
    state.push("tr_close", "tr", -1);
  }
  if (tbodyLines) {
    state.push("tbody_close", "tbody", -1);
    tbodyLines[1] = nextLine;
  }
  state.push("table_close", "table", -1);
  tableLines[1] = nextLine;
  state.parentType = oldParentType;
  state.line = nextLine;
  return true;
}
function code(state, startLine, endLine) {
  if (state.sCount[startLine] - state.blkIndent < 4) return false;
  let nextLine = startLine + 1;
  let last = nextLine;
  while (nextLine < endLine) {
    if (state.isEmpty(nextLine)) {
      nextLine++;
      continue;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      nextLine++;
      last = nextLine;
      continue;
    }
    break;
  }
  state.line = last;
  const token = state.push("code_block", "code", 0);
  token.content = state.getLines(startLine, last, 4 + state.blkIndent, false) + "\n";
  token.map = [startLine, state.line];
  return true;
}
function fence(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (pos + 3 > max) return false;
  const marker = state.src.charCodeAt(pos);
  if (marker !== 126 && marker !== 96) return false;
  let mem = pos;
  pos = state.skipChars(pos, marker);
  let len = pos - mem;
  if (len < 3) return false;
  const markup = state.src.slice(mem, pos);
  const params = state.src.slice(pos, max);
  if (marker === 96) {
    if (params.indexOf(String.fromCharCode(marker)) >= 0) return false;
  }
  if (silent) return true;
  let nextLine = startLine;
  let haveEndMarker = false;
  for (; ; ) {
    nextLine++;
    if (nextLine >= endLine) break;
    pos = mem = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos < max && state.sCount[nextLine] < state.blkIndent) break;
    if (state.src.charCodeAt(pos) !== marker) continue;
    if (state.sCount[nextLine] - state.blkIndent >= 4) continue;
    pos = state.skipChars(pos, marker);
    if (pos - mem < len) continue;
    pos = state.skipSpaces(pos);
    if (pos < max) continue;
    haveEndMarker = true;
    break;
  }
  len = state.sCount[startLine];
  state.line = nextLine + (haveEndMarker ? 1 : 0);
  const token = state.push("fence", "code", 0);
  token.info = params;
  token.content = state.getLines(startLine + 1, nextLine, len, true);
  token.markup = markup;
  token.map = [startLine, state.line];
  return true;
}
function blockquote(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  const oldLineMax = state.lineMax;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (state.src.charCodeAt(pos) !== 62) return false;
  if (silent) return true;
  const oldBMarks = [];
  const oldBSCount = [];
  const oldSCount = [];
  const oldTShift = [];
  const terminatorRules = state.md.block.ruler.getRules("blockquote");
  const oldParentType = state.parentType;
  state.parentType = "blockquote";
  let lastLineEmpty = false;
  let nextLine;
  for (nextLine = startLine; nextLine < endLine; nextLine++) {
    const isOutdented = state.sCount[nextLine] < state.blkIndent;
    pos = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos >= max) break;
    if (state.src.charCodeAt(pos++) === 62 && !isOutdented) {
      let initial = state.sCount[nextLine] + 1;
      let spaceAfterMarker;
      let adjustTab;
      if (state.src.charCodeAt(pos) === 32) {
        pos++;
        initial++;
        adjustTab = false;
        spaceAfterMarker = true;
      } else if (state.src.charCodeAt(pos) === 9) {
        spaceAfterMarker = true;
        if ((state.bsCount[nextLine] + initial) % 4 === 3) {
          pos++;
          initial++;
          adjustTab = false;
        } else adjustTab = true;
      } else spaceAfterMarker = false;
      let offset = initial;
      oldBMarks.push(state.bMarks[nextLine]);
      state.bMarks[nextLine] = pos;
      while (pos < max) {
        const ch = state.src.charCodeAt(pos);
        if (isSpace(ch)) {
          if (ch === 9) offset += 4 - (offset + state.bsCount[nextLine] + (adjustTab ? 1 : 0)) % 4;
          else offset++;
        } else break;
        pos++;
      }
      lastLineEmpty = pos >= max;
      oldBSCount.push(state.bsCount[nextLine]);
      state.bsCount[nextLine] = state.sCount[nextLine] + 1 + (spaceAfterMarker ? 1 : 0);
      oldSCount.push(state.sCount[nextLine]);
      state.sCount[nextLine] = offset - initial;
      oldTShift.push(state.tShift[nextLine]);
      state.tShift[nextLine] = pos - state.bMarks[nextLine];
      continue;
    }
    if (lastLineEmpty) break;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) {
      state.lineMax = nextLine;
      if (state.blkIndent !== 0) {
        oldBMarks.push(state.bMarks[nextLine]);
        oldBSCount.push(state.bsCount[nextLine]);
        oldTShift.push(state.tShift[nextLine]);
        oldSCount.push(state.sCount[nextLine]);
        state.sCount[nextLine] -= state.blkIndent;
      }
      break;
    }
    oldBMarks.push(state.bMarks[nextLine]);
    oldBSCount.push(state.bsCount[nextLine]);
    oldTShift.push(state.tShift[nextLine]);
    oldSCount.push(state.sCount[nextLine]);
    state.sCount[nextLine] = -1;
  }
  const oldIndent = state.blkIndent;
  state.blkIndent = 0;
  const token_o = state.push("blockquote_open", "blockquote", 1);
  token_o.markup = ">";
  const lines = [startLine, 0];
  token_o.map = lines;
  state.md.block.tokenize(state, startLine, nextLine);
  const token_c = state.push("blockquote_close", "blockquote", -1);
  token_c.markup = ">";
  state.lineMax = oldLineMax;
  state.parentType = oldParentType;
  lines[1] = state.line;
  for (let i = 0; i < oldTShift.length; i++) {
    state.bMarks[i + startLine] = oldBMarks[i];
    state.tShift[i + startLine] = oldTShift[i];
    state.sCount[i + startLine] = oldSCount[i];
    state.bsCount[i + startLine] = oldBSCount[i];
  }
  state.blkIndent = oldIndent;
  return true;
}
function hr(state, startLine, endLine, silent) {
  const max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 42 && marker !== 45 && marker !== 95) return false;
  let cnt = 1;
  while (pos < max) {
    const ch = state.src.charCodeAt(pos++);
    if (ch !== marker && !isSpace(ch)) return false;
    if (ch === marker) cnt++;
  }
  if (cnt < 3) return false;
  if (silent) return true;
  state.line = startLine + 1;
  const token = state.push("hr", "hr", 0);
  token.map = [startLine, state.line];
  token.markup = Array(cnt + 1).join(String.fromCharCode(marker));
  return true;
}
function skipBulletListMarker(state, startLine) {
  const max = state.eMarks[startLine];
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 42 && marker !== 45 && marker !== 43) return -1;
  if (pos < max) {
    if (!isSpace(state.src.charCodeAt(pos))) return -1;
  }
  return pos;
}
function skipOrderedListMarker(state, startLine) {
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  let pos = start;
  if (pos + 1 >= max) return -1;
  let ch = state.src.charCodeAt(pos++);
  if (ch < 48 || ch > 57) return -1;
  for (; ; ) {
    if (pos >= max) return -1;
    ch = state.src.charCodeAt(pos++);
    if (ch >= 48 && ch <= 57) {
      if (pos - start >= 10) return -1;
      continue;
    }
    if (ch === 41 || ch === 46) break;
    return -1;
  }
  if (pos < max) {
    ch = state.src.charCodeAt(pos);
    if (!isSpace(ch)) return -1;
  }
  return pos;
}
function markTightParagraphs(state, idx) {
  const level = state.level + 2;
  for (let i = idx + 2, l = state.tokens.length - 2; i < l; i++) if (state.tokens[i].level === level && state.tokens[i].type === "paragraph_open") {
    state.tokens[i + 2].hidden = true;
    state.tokens[i].hidden = true;
    i += 2;
  }
}
function list(state, startLine, endLine, silent) {
  let max, pos, start, token;
  let nextLine = startLine;
  let tight = true;
  if (state.sCount[nextLine] - state.blkIndent >= 4) return false;
  if (state.listIndent >= 0 && state.sCount[nextLine] - state.listIndent >= 4 && state.sCount[nextLine] < state.blkIndent) return false;
  let isTerminatingParagraph = false;
  if (silent && state.parentType === "paragraph") {
    if (state.sCount[nextLine] >= state.blkIndent) isTerminatingParagraph = true;
  }
  let isOrdered;
  let markerValue;
  let posAfterMarker;
  if ((posAfterMarker = skipOrderedListMarker(state, nextLine)) >= 0) {
    isOrdered = true;
    start = state.bMarks[nextLine] + state.tShift[nextLine];
    markerValue = Number(state.src.slice(start, posAfterMarker - 1));
    if (isTerminatingParagraph && markerValue !== 1) return false;
  } else if ((posAfterMarker = skipBulletListMarker(state, nextLine)) >= 0) isOrdered = false;
  else return false;
  if (isTerminatingParagraph) {
    if (state.skipSpaces(posAfterMarker) >= state.eMarks[nextLine]) return false;
  }
  if (silent) return true;
  const markerCharCode = state.src.charCodeAt(posAfterMarker - 1);
  const listTokIdx = state.tokens.length;
  if (isOrdered) {
    token = state.push("ordered_list_open", "ol", 1);
    if (markerValue !== 1) token.attrs = [["start", markerValue]];
  } else token = state.push("bullet_list_open", "ul", 1);
  const listLines = [nextLine, 0];
  token.map = listLines;
  token.markup = String.fromCharCode(markerCharCode);
  let prevEmptyEnd = false;
  const terminatorRules = state.md.block.ruler.getRules("list");
  const oldParentType = state.parentType;
  state.parentType = "list";
  while (nextLine < endLine) {
    pos = posAfterMarker;
    max = state.eMarks[nextLine];
    const initial = state.sCount[nextLine] + posAfterMarker - (state.bMarks[nextLine] + state.tShift[nextLine]);
    let offset = initial;
    while (pos < max) {
      const ch = state.src.charCodeAt(pos);
      if (ch === 9) offset += 4 - (offset + state.bsCount[nextLine]) % 4;
      else if (ch === 32) offset++;
      else break;
      pos++;
    }
    const contentStart = pos;
    let indentAfterMarker;
    if (contentStart >= max) indentAfterMarker = 1;
    else indentAfterMarker = offset - initial;
    if (indentAfterMarker > 4) indentAfterMarker = 1;
    const indent = initial + indentAfterMarker;
    token = state.push("list_item_open", "li", 1);
    token.markup = String.fromCharCode(markerCharCode);
    const itemLines = [nextLine, 0];
    token.map = itemLines;
    if (isOrdered) token.info = state.src.slice(start, posAfterMarker - 1);
    const oldTight = state.tight;
    const oldTShift = state.tShift[nextLine];
    const oldSCount = state.sCount[nextLine];
    const oldListIndent = state.listIndent;
    state.listIndent = state.blkIndent;
    state.blkIndent = indent;
    state.tight = true;
    state.tShift[nextLine] = contentStart - state.bMarks[nextLine];
    state.sCount[nextLine] = offset;
    if (contentStart >= max && state.isEmpty(nextLine + 1)) state.line = Math.min(state.line + 2, endLine);
    else state.md.block.tokenize(state, nextLine, endLine);
    if (!state.tight || prevEmptyEnd) tight = false;
    prevEmptyEnd = state.line - nextLine > 1 && state.isEmpty(state.line - 1);
    state.blkIndent = state.listIndent;
    state.listIndent = oldListIndent;
    state.tShift[nextLine] = oldTShift;
    state.sCount[nextLine] = oldSCount;
    state.tight = oldTight;
    token = state.push("list_item_close", "li", -1);
    token.markup = String.fromCharCode(markerCharCode);
    nextLine = state.line;
    itemLines[1] = nextLine;
    if (nextLine >= endLine) break;
    if (state.sCount[nextLine] < state.blkIndent) break;
    if (state.sCount[nextLine] - state.blkIndent >= 4) break;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
    if (isOrdered) {
      posAfterMarker = skipOrderedListMarker(state, nextLine);
      if (posAfterMarker < 0) break;
      start = state.bMarks[nextLine] + state.tShift[nextLine];
    } else {
      posAfterMarker = skipBulletListMarker(state, nextLine);
      if (posAfterMarker < 0) break;
    }
    if (markerCharCode !== state.src.charCodeAt(posAfterMarker - 1)) break;
  }
  if (isOrdered) token = state.push("ordered_list_close", "ol", -1);
  else token = state.push("bullet_list_close", "ul", -1);
  token.markup = String.fromCharCode(markerCharCode);
  listLines[1] = nextLine;
  state.line = nextLine;
  state.parentType = oldParentType;
  if (tight) markTightParagraphs(state, listTokIdx);
  return true;
}
var MAX_LABEL_LENGTH = 999;
function countCodePoints(str) {
  let length = str.length;
  for (let i = 0; i < str.length - 1; i++) {
    const high = str.charCodeAt(i);
    if (high < 55296 || high > 56319) continue;
    const low = str.charCodeAt(i + 1);
    if (low >= 56320 && low <= 57343) {
      length--;
      i++;
    }
  }
  return length;
}
function lineEnd(state, line) {
  return Math.min(state.eMarks[line] + 1, state.src.length);
}
function getNextLinePos(state, nextLine) {
  const endLine = state.lineMax;
  if (nextLine >= endLine || state.isEmpty(nextLine)) return -1;
  let isContinuation = false;
  if (state.sCount[nextLine] - state.blkIndent > 3) isContinuation = true;
  if (state.sCount[nextLine] < 0) isContinuation = true;
  if (!isContinuation) {
    const terminatorRules = state.md.block.ruler.getRules("reference");
    const oldParentType = state.parentType;
    state.parentType = "reference";
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    state.parentType = oldParentType;
    if (terminate) return -1;
  }
  return state.bMarks[nextLine] + state.tShift[nextLine];
}
function reference(state, startLine, _endLine, silent) {
  const src = state.src;
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let nextLine = startLine + 1;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (src.charCodeAt(pos) !== 91) return false;
  let max = lineEnd(state, startLine);
  let rawLabel = "";
  let labelEnd = -1;
  let segmentStart2 = ++pos;
  while (pos < max) {
    if (rawLabel.length + pos - segmentStart2 > MAX_LABEL_LENGTH * 2) return false;
    let ch = src.charCodeAt(pos);
    if (ch === 91) return false;
    if (ch === 93) {
      labelEnd = pos;
      break;
    }
    if (ch === 92) ch = src.charCodeAt(++pos);
    if (ch === 10 && pos < max) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) return false;
      rawLabel += src.slice(segmentStart2, max);
      pos = segmentStart2 = nextPos;
      max = lineEnd(state, nextLine++);
      continue;
    }
    pos++;
  }
  if (labelEnd < 0 || src.charCodeAt(labelEnd + 1) !== 58) return false;
  rawLabel += src.slice(segmentStart2, labelEnd);
  if (rawLabel.length > MAX_LABEL_LENGTH && countCodePoints(rawLabel) > MAX_LABEL_LENGTH) return false;
  pos = labelEnd + 2;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 10) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) break;
      pos = nextPos;
      max = lineEnd(state, nextLine++);
    } else if (isSpace(ch)) pos++;
    else break;
  }
  const destRes = state.md.helpers.parseLinkDestination(src, pos, max);
  if (!destRes.ok) return false;
  const href = state.md.normalizeLink(destRes.str);
  if (!state.md.validateLink(href)) return false;
  pos = destRes.pos;
  const destEndPos = pos;
  const destEndMax = max;
  const destEndLineNo = nextLine;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 10) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) break;
      pos = nextPos;
      max = lineEnd(state, nextLine++);
    } else if (isSpace(ch)) pos++;
    else break;
  }
  const titleStart = pos;
  let titleRes = state.md.helpers.parseLinkTitle(src, pos, max);
  while (titleRes.can_continue) {
    const nextPos = getNextLinePos(state, nextLine);
    if (nextPos < 0) break;
    pos = nextPos;
    max = lineEnd(state, nextLine++);
    titleRes = state.md.helpers.parseLinkTitle(src, pos, max, titleRes);
  }
  let title;
  if (titleStart !== destEndPos && titleRes.ok) {
    title = titleRes.str;
    pos = titleRes.pos;
  } else {
    title = "";
    pos = destEndPos;
    max = destEndMax;
    nextLine = destEndLineNo;
  }
  while (pos < max) {
    if (!isSpace(src.charCodeAt(pos))) break;
    pos++;
  }
  if (pos < max && src.charCodeAt(pos) !== 10) {
    if (title) {
      title = "";
      pos = destEndPos;
      max = destEndMax;
      nextLine = destEndLineNo;
      while (pos < max) {
        if (!isSpace(src.charCodeAt(pos))) break;
        pos++;
      }
    }
  }
  if (pos < max && src.charCodeAt(pos) !== 10) return false;
  const label = normalizeReference(rawLabel);
  if (!label) return false;
  if (silent) return true;
  if (typeof state.env.references === "undefined") state.env.references = {};
  if (typeof state.env.references[label] === "undefined") state.env.references[label] = {
    title,
    href
  };
  const token = state.push("reference_definition", "", 0);
  token.map = [startLine, nextLine];
  token.hidden = true;
  const meta = /* @__PURE__ */ Object.create(null);
  meta.label = label;
  token.meta = meta;
  state.line = nextLine;
  return true;
}
var html_blocks_default = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var open_tag = `<[A-Za-z][A-Za-z0-9\\-]*(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?)*\\s*\\/?>`;
var close_tag = "<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>";
new RegExp(`^(?:${open_tag}|${close_tag}|<!---?>|<!--(?:[^-]|-[^-]|--[^>])*-->|<[?][\\s\\S]*?[?]>|<![A-Za-z][^>]*>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>)`);
var HTML_OPEN_CLOSE_TAG_RE = new RegExp(`^(?:${open_tag}|${close_tag})`);
var HTML_SEQUENCES = [
  [
    /^<(script|pre|style|textarea)(?=(\s|>|$))/i,
    /<\/(script|pre|style|textarea)>/i,
    true
  ],
  [
    /^<!--/,
    /-->/,
    true
  ],
  [
    /^<\?/,
    /\?>/,
    true
  ],
  [
    /^<![A-Za-z]/,
    />/,
    true
  ],
  [
    /^<!\[CDATA\[/,
    /\]\]>/,
    true
  ],
  [
    new RegExp(`^</?(${html_blocks_default.join("|")})(?=(\\s|/?>|$))`, "i"),
    /^$/,
    true
  ],
  [
    new RegExp(`${HTML_OPEN_CLOSE_TAG_RE.source}\\s*$`),
    /^$/,
    false
  ]
];
function html_block(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (!state.md.options.html) return false;
  if (state.src.charCodeAt(pos) !== 60) return false;
  let lineText = state.src.slice(pos, max);
  let i = 0;
  for (; i < HTML_SEQUENCES.length; i++) if (HTML_SEQUENCES[i][0].test(lineText)) break;
  if (i === HTML_SEQUENCES.length) return false;
  if (silent) return HTML_SEQUENCES[i][2];
  let nextLine = startLine + 1;
  const endsOnBlankLine = HTML_SEQUENCES[i][1].test("");
  if (!HTML_SEQUENCES[i][1].test(lineText)) for (; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine] < state.blkIndent) {
      if (endsOnBlankLine || !state.isEmpty(nextLine)) break;
    }
    pos = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    lineText = state.src.slice(pos, max);
    if (HTML_SEQUENCES[i][1].test(lineText)) {
      if (lineText.length !== 0) nextLine++;
      break;
    }
  }
  state.line = nextLine;
  const token = state.push("html_block", "", 0);
  token.map = [startLine, nextLine];
  token.content = state.getLines(startLine, nextLine, state.blkIndent, true);
  return true;
}
function heading(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  let ch = state.src.charCodeAt(pos);
  if (ch !== 35 || pos >= max) return false;
  let level = 1;
  ch = state.src.charCodeAt(++pos);
  while (ch === 35 && pos < max && level <= 6) {
    level++;
    ch = state.src.charCodeAt(++pos);
  }
  if (level > 6 || pos < max && !isSpace(ch)) return false;
  if (silent) return true;
  max = state.skipSpacesBack(max, pos);
  const tmp = state.skipCharsBack(max, 35, pos);
  if (tmp > pos && isSpace(state.src.charCodeAt(tmp - 1))) max = tmp;
  state.line = startLine + 1;
  const token_o = state.push("heading_open", `h${level}`, 1);
  token_o.markup = "########".slice(0, level);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = asciiTrim(state.src.slice(pos, max));
  token_i.map = [startLine, state.line];
  token_i.children = [];
  const token_c = state.push("heading_close", `h${level}`, -1);
  token_c.markup = "########".slice(0, level);
  return true;
}
function lheading(state, startLine, endLine) {
  const terminatorRules = state.md.block.ruler.getRules("paragraph");
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const oldParentType = state.parentType;
  state.parentType = "paragraph";
  let level = 0;
  let marker;
  let nextLine = startLine + 1;
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3) continue;
    if (state.sCount[nextLine] >= state.blkIndent) {
      let pos = state.bMarks[nextLine] + state.tShift[nextLine];
      const max = state.eMarks[nextLine];
      if (pos < max) {
        marker = state.src.charCodeAt(pos);
        if (marker === 45 || marker === 61) {
          pos = state.skipChars(pos, marker);
          pos = state.skipSpaces(pos);
          if (pos >= max) {
            level = marker === 61 ? 1 : 2;
            break;
          }
        }
      }
    }
    if (state.sCount[nextLine] < 0) continue;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
  }
  if (!level) {
    state.parentType = oldParentType;
    return false;
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine + 1;
  const token_o = state.push("heading_open", `h${level}`, 1);
  token_o.markup = String.fromCharCode(marker);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = content;
  token_i.map = [startLine, state.line - 1];
  token_i.children = [];
  const token_c = state.push("heading_close", `h${level}`, -1);
  token_c.markup = String.fromCharCode(marker);
  state.parentType = oldParentType;
  return true;
}
function paragraph(state, startLine, endLine) {
  const terminatorRules = state.md.block.ruler.getRules("paragraph");
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = "paragraph";
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3) continue;
    if (state.sCount[nextLine] < 0) continue;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine;
  const token_o = state.push("paragraph_open", "p", 1);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = content;
  token_i.map = [startLine, state.line];
  token_i.children = [];
  state.push("paragraph_close", "p", -1);
  state.parentType = oldParentType;
  return true;
}
var _rules$1 = [
  [
    "table",
    table,
    ["paragraph", "reference"]
  ],
  ["code", code],
  [
    "fence",
    fence,
    [
      "paragraph",
      "reference",
      "blockquote",
      "list"
    ]
  ],
  [
    "blockquote",
    blockquote,
    [
      "paragraph",
      "reference",
      "blockquote",
      "list"
    ]
  ],
  [
    "hr",
    hr,
    [
      "paragraph",
      "reference",
      "blockquote",
      "list"
    ]
  ],
  [
    "list",
    list,
    [
      "paragraph",
      "reference",
      "blockquote"
    ]
  ],
  ["reference", reference],
  [
    "html_block",
    html_block,
    [
      "paragraph",
      "reference",
      "blockquote"
    ]
  ],
  [
    "heading",
    heading,
    [
      "paragraph",
      "reference",
      "blockquote"
    ]
  ],
  ["lheading", lheading],
  ["paragraph", paragraph]
];
var ParserBlock = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Keep configuration of block rules.
      */
      "ruler",
      new Ruler()
    );
    _defineProperty(this, "State", StateBlock);
    for (let i = 0; i < _rules$1.length; i++) this.ruler.push(_rules$1[i][0], _rules$1[i][1], { alt: (_rules$1[i][2] || []).slice() });
  }
  tokenize(state, startLine, endLine) {
    const rules = this.ruler.getRules("");
    const len = rules.length;
    const maxNesting = state.md.options.maxNesting;
    let line = startLine;
    let hasEmptyLines = false;
    while (line < endLine) {
      state.line = line = state.skipEmptyLines(line);
      if (line >= endLine) break;
      if (state.sCount[line] < state.blkIndent) break;
      if (state.level >= maxNesting) {
        state.line = endLine;
        break;
      }
      const prevLine = state.line;
      let ok = false;
      for (let i = 0; i < len; i++) {
        ok = rules[i](state, line, endLine, false);
        if (ok) {
          if (prevLine >= state.line) throw new Error("block rule didn't increment state.line");
          break;
        }
      }
      if (!ok) throw new Error("none of the block rules matched");
      state.tight = !hasEmptyLines;
      if (state.isEmpty(state.line - 1)) hasEmptyLines = true;
      line = state.line;
      if (line < endLine && state.isEmpty(line)) {
        hasEmptyLines = true;
        line++;
        state.line = line;
      }
    }
  }
  /**
  * Process input string and push block tokens into `outTokens`
  */
  parse(src, md, env, outTokens) {
    if (!src) return;
    const state = new this.State(src, md, env, outTokens);
    this.tokenize(state, state.line, state.lineMax);
  }
};
var StateInline = class {
  constructor(src, md, env, outTokens) {
    _defineProperty(this, "pos", 0);
    _defineProperty(this, "level", 0);
    _defineProperty(this, "pending", "");
    _defineProperty(this, "pendingLevel", 0);
    _defineProperty(this, "cache", {});
    _defineProperty(this, "backticks", {});
    _defineProperty(this, "backticksScanned", false);
    _defineProperty(this, "skipHtmlSpecial", false);
    _defineProperty(this, "linkLevel", 0);
    _defineProperty(this, "delimiters", []);
    _defineProperty(this, "_prev_delimiters", []);
    _defineProperty(this, "Token", Token);
    this.src = src;
    this.env = env;
    this.md = md;
    this.tokens = outTokens;
    this.tokens_meta = Array(outTokens.length);
    this.posMax = this.src.length;
  }
  pushPending() {
    const token = new Token("text", "", 0);
    token.content = this.pending;
    token.level = this.pendingLevel;
    this.tokens.push(token);
    this.pending = "";
    return token;
  }
  push(type, tag, nesting) {
    if (this.pending) this.pushPending();
    const token = new Token(type, tag, nesting);
    let token_meta = void 0;
    if (nesting < 0) {
      this.level--;
      this.delimiters = this._prev_delimiters.pop();
    }
    token.level = this.level;
    if (nesting > 0) {
      this.level++;
      this._prev_delimiters.push(this.delimiters);
      this.delimiters = [];
      token_meta = { delimiters: this.delimiters };
    }
    this.pendingLevel = this.level;
    this.tokens.push(token);
    this.tokens_meta.push(token_meta);
    return token;
  }
  scanDelims(start, canSplitWord) {
    const max = this.posMax;
    const marker = this.src.charCodeAt(start);
    let lastChar;
    if (start === 0) lastChar = 32;
    else if (start === 1) {
      lastChar = this.src.charCodeAt(0);
      if ((lastChar & 63488) === 55296) lastChar = 65533;
    } else {
      lastChar = this.src.charCodeAt(start - 1);
      if ((lastChar & 64512) === 56320) {
        const highSurr = this.src.charCodeAt(start - 2);
        lastChar = (highSurr & 64512) === 55296 ? 65536 + (highSurr - 55296 << 10) + (lastChar - 56320) : 65533;
      } else if ((lastChar & 64512) === 55296) lastChar = 65533;
    }
    let pos = start;
    while (pos < max && this.src.charCodeAt(pos) === marker) pos++;
    const count = pos - start;
    let nextChar = pos < max ? this.src.charCodeAt(pos) : 32;
    if ((nextChar & 64512) === 55296) {
      const lowSurr = this.src.charCodeAt(pos + 1);
      nextChar = (lowSurr & 64512) === 56320 ? 65536 + (nextChar - 55296 << 10) + (lowSurr - 56320) : 65533;
    } else if ((nextChar & 64512) === 56320) nextChar = 65533;
    const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctCharCode(lastChar);
    const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctCharCode(nextChar);
    const isLastWhiteSpace = isWhiteSpace(lastChar);
    const isNextWhiteSpace = isWhiteSpace(nextChar);
    const left_flanking = !isNextWhiteSpace && (!isNextPunctChar || isLastWhiteSpace || isLastPunctChar);
    const right_flanking = !isLastWhiteSpace && (!isLastPunctChar || isNextWhiteSpace || isNextPunctChar);
    return {
      can_open: left_flanking && (canSplitWord || !right_flanking || isLastPunctChar),
      can_close: right_flanking && (canSplitWord || !left_flanking || isNextPunctChar),
      length: count
    };
  }
};
function isTerminatorChar(ch) {
  switch (ch) {
    case 10:
    case 33:
    case 35:
    case 36:
    case 37:
    case 38:
    case 42:
    case 43:
    case 45:
    case 58:
    case 60:
    case 61:
    case 62:
    case 64:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 123:
    case 125:
    case 126:
      return true;
    default:
      return false;
  }
}
function text(state, silent) {
  let pos = state.pos;
  while (pos < state.posMax && !isTerminatorChar(state.src.charCodeAt(pos))) pos++;
  if (pos === state.pos) return false;
  if (!silent) state.pending += state.src.slice(state.pos, pos);
  state.pos = pos;
  return true;
}
function isAsciiAlpha(code2) {
  return code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122;
}
function isSchemeChar(code2) {
  return code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122 || code2 >= 48 && code2 <= 57 || code2 === 43 || code2 === 45 || code2 === 46;
}
function linkify(state, silent) {
  if (!state.md.options.linkify) return false;
  if (state.linkLevel > 0) return false;
  const pos = state.pos;
  const max = state.posMax;
  if (pos + 3 > max) return false;
  if (state.src.charCodeAt(pos) !== 58) return false;
  if (state.src.charCodeAt(pos + 1) !== 47) return false;
  if (state.src.charCodeAt(pos + 2) !== 47) return false;
  const protoMin = pos - Math.min(10, state.pending.length, pos);
  let protoStart = pos;
  while (protoStart > protoMin && isSchemeChar(state.src.charCodeAt(protoStart - 1))) protoStart--;
  if (protoStart === pos || !isAsciiAlpha(state.src.charCodeAt(protoStart))) return false;
  const protoLength = pos - protoStart;
  const link2 = state.md.linkify.matchAtStart(state.src.slice(protoStart));
  if (!link2) return false;
  let url = link2.url;
  if (url.length <= protoLength) return false;
  let urlEnd = url.length;
  while (urlEnd > 0 && url.charCodeAt(urlEnd - 1) === 42) urlEnd--;
  if (urlEnd !== url.length) url = url.slice(0, urlEnd);
  const fullUrl = state.md.normalizeLink(url);
  if (!state.md.validateLink(fullUrl)) return false;
  if (!silent) {
    state.pending = state.pending.slice(0, -protoLength);
    const token_o = state.push("link_open", "a", 1);
    token_o.attrs = [["href", fullUrl]];
    token_o.markup = "linkify";
    token_o.info = "auto";
    const token_t = state.push("text", "", 0);
    token_t.content = state.md.normalizeLinkText(url);
    const token_c = state.push("link_close", "a", -1);
    token_c.markup = "linkify";
    token_c.info = "auto";
  }
  state.pos += url.length - protoLength;
  return true;
}
function newline(state, silent) {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 10) return false;
  const pmax = state.pending.length - 1;
  const max = state.posMax;
  if (!silent) {
    if (pmax >= 0 && state.pending.charCodeAt(pmax) === 32) {
      if (pmax >= 1 && state.pending.charCodeAt(pmax - 1) === 32) {
        let ws = pmax - 1;
        while (ws >= 1 && state.pending.charCodeAt(ws - 1) === 32) ws--;
        state.pending = state.pending.slice(0, ws);
        state.push("hardbreak", "br", 0);
      } else {
        state.pending = state.pending.slice(0, -1);
        state.push("softbreak", "br", 0);
      }
    } else state.push("softbreak", "br", 0);
  }
  pos++;
  while (pos < max && isSpace(state.src.charCodeAt(pos))) pos++;
  state.pos = pos;
  return true;
}
var ESCAPED = [];
for (let i = 0; i < 256; i++) ESCAPED.push(0);
"\\!\"#$%&'()*+,./:;<=>?@[]^_`{|}~-".split("").forEach(function(ch) {
  ESCAPED[ch.charCodeAt(0)] = 1;
});
function escape(state, silent) {
  let pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 92) return false;
  pos++;
  if (pos >= max) return false;
  let ch1 = state.src.charCodeAt(pos);
  if (ch1 === 10) {
    if (!silent) state.push("hardbreak", "br", 0);
    pos++;
    while (pos < max) {
      ch1 = state.src.charCodeAt(pos);
      if (!isSpace(ch1)) break;
      pos++;
    }
    state.pos = pos;
    return true;
  }
  if (ch1 === 32) {
    if (!silent) {
      const token = state.push("text_special", "", 0);
      token.content = "\\";
      token.markup = "\\";
      token.info = "escape";
    }
    state.pos = pos;
    return true;
  }
  let escapedStr = state.src[pos];
  if (ch1 >= 55296 && ch1 <= 56319 && pos + 1 < max) {
    const ch2 = state.src.charCodeAt(pos + 1);
    if (ch2 >= 56320 && ch2 <= 57343) {
      escapedStr += state.src[pos + 1];
      pos++;
    }
  }
  const origStr = "\\" + escapedStr;
  if (!silent) {
    const token = state.push("text_special", "", 0);
    if (ch1 < 256 && ESCAPED[ch1] !== 0) token.content = escapedStr;
    else token.content = origStr;
    token.markup = origStr;
    token.info = "escape";
  }
  state.pos = pos + 1;
  return true;
}
function buildLastRuns(src) {
  const lastRuns = {};
  let pos = 0;
  while ((pos = src.indexOf("`", pos)) !== -1) {
    const start = pos;
    while (src.charCodeAt(++pos) === 96) ;
    lastRuns[pos - start] = start;
  }
  return lastRuns;
}
function backtick(state, silent) {
  var _state$backticks$open;
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 96) return false;
  const max = state.posMax;
  let pos = start + 1;
  while (pos < max && state.src.charCodeAt(pos) === 96) pos++;
  const marker = state.src.slice(start, pos);
  const openerLength = marker.length;
  if (!state.backticksScanned) {
    state.backticks = buildLastRuns(state.src);
    state.backticksScanned = true;
  }
  if (((_state$backticks$open = state.backticks[openerLength]) !== null && _state$backticks$open !== void 0 ? _state$backticks$open : -1) >= pos) {
    let matchEnd = pos;
    let matchStart;
    while ((matchStart = state.src.indexOf("`", matchEnd)) !== -1 && matchStart < max) {
      matchEnd = matchStart + 1;
      while (state.src.charCodeAt(matchEnd) === 96) matchEnd++;
      if (matchEnd > max) break;
      if (matchEnd - matchStart === openerLength) {
        if (!silent) {
          const token = state.push("code_inline", "code", 0);
          token.markup = marker;
          let content = state.src.slice(pos, matchStart).replace(/\n/g, " ");
          if (content.startsWith(" ") && content.endsWith(" ") && /[^ ]/.test(content)) content = content.slice(1, -1);
          token.content = content;
        }
        state.pos = matchEnd;
        return true;
      }
    }
  }
  if (!silent) state.pending += marker;
  state.pos = pos;
  return true;
}
function strikethrough_tokenize(state, silent) {
  const start = state.pos;
  const marker = state.src.charCodeAt(start);
  if (silent) return false;
  if (marker !== 126) return false;
  const scanned = state.scanDelims(state.pos, true);
  let len = scanned.length;
  const ch = String.fromCharCode(marker);
  if (len < 2) return false;
  let token;
  if (len % 2) {
    token = state.push("text", "", 0);
    token.content = ch;
    len--;
  }
  for (let i = 0; i < len; i += 2) {
    token = state.push("text", "", 0);
    token.content = ch + ch;
    state.delimiters.push({
      marker,
      length: 0,
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close
    });
  }
  state.pos += scanned.length;
  return true;
}
function postProcess$1(state, delimiters) {
  let token;
  const loneMarkers = [];
  const max = delimiters.length;
  for (let i = 0; i < max; i++) {
    const startDelim = delimiters[i];
    if (startDelim.marker !== 126) continue;
    if (startDelim.end === -1) continue;
    const endDelim = delimiters[startDelim.end];
    token = state.tokens[startDelim.token];
    token.type = "s_open";
    token.tag = "s";
    token.nesting = 1;
    token.markup = "~~";
    token.content = "";
    token = state.tokens[endDelim.token];
    token.type = "s_close";
    token.tag = "s";
    token.nesting = -1;
    token.markup = "~~";
    token.content = "";
    if (state.tokens[endDelim.token - 1].type === "text" && state.tokens[endDelim.token - 1].content === "~") loneMarkers.push(endDelim.token - 1);
  }
  while (loneMarkers.length) {
    const i = loneMarkers.pop();
    let j = i + 1;
    while (j < state.tokens.length && state.tokens[j].type === "s_close") j++;
    j--;
    if (i !== j) {
      token = state.tokens[j];
      state.tokens[j] = state.tokens[i];
      state.tokens[i] = token;
    }
  }
}
function strikethrough_postProcess(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  postProcess$1(state, state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    var _tokens_meta$curr;
    const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
    if (delimiters) postProcess$1(state, delimiters);
  }
}
var strikethrough_default = {
  tokenize: strikethrough_tokenize,
  postProcess: strikethrough_postProcess
};
function emphasis_tokenize(state, silent) {
  const start = state.pos;
  const marker = state.src.charCodeAt(start);
  if (silent) return false;
  if (marker !== 95 && marker !== 42) return false;
  const scanned = state.scanDelims(state.pos, marker === 42);
  for (let i = 0; i < scanned.length; i++) {
    const token = state.push("text", "", 0);
    token.content = String.fromCharCode(marker);
    state.delimiters.push({
      marker,
      length: scanned.length,
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close
    });
  }
  state.pos += scanned.length;
  return true;
}
function postProcess(state, delimiters) {
  const max = delimiters.length;
  for (let i = max - 1; i >= 0; i--) {
    const startDelim = delimiters[i];
    if (startDelim.marker !== 95 && startDelim.marker !== 42) continue;
    if (startDelim.end === -1) continue;
    const endDelim = delimiters[startDelim.end];
    const isStrong = i > 0 && delimiters[i - 1].end === startDelim.end + 1 && delimiters[i - 1].marker === startDelim.marker && delimiters[i - 1].token === startDelim.token - 1 && delimiters[startDelim.end + 1].token === endDelim.token + 1;
    const ch = String.fromCharCode(startDelim.marker);
    const token_o = state.tokens[startDelim.token];
    token_o.type = isStrong ? "strong_open" : "em_open";
    token_o.tag = isStrong ? "strong" : "em";
    token_o.nesting = 1;
    token_o.markup = isStrong ? ch + ch : ch;
    token_o.content = "";
    const token_c = state.tokens[endDelim.token];
    token_c.type = isStrong ? "strong_close" : "em_close";
    token_c.tag = isStrong ? "strong" : "em";
    token_c.nesting = -1;
    token_c.markup = isStrong ? ch + ch : ch;
    token_c.content = "";
    if (isStrong) {
      state.tokens[delimiters[i - 1].token].content = "";
      state.tokens[delimiters[startDelim.end + 1].token].content = "";
      i--;
    }
  }
}
function emphasis_post_process(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  postProcess(state, state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    var _tokens_meta$curr;
    const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
    if (delimiters) postProcess(state, delimiters);
  }
}
var emphasis_default = {
  tokenize: emphasis_tokenize,
  postProcess: emphasis_post_process
};
function link(state, silent) {
  let code2, label, res, ref;
  let href = "";
  let title = "";
  let start = state.pos;
  let parseReference = true;
  if (state.src.charCodeAt(state.pos) !== 91) return false;
  const oldPos = state.pos;
  const max = state.posMax;
  const labelStart = state.pos + 1;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos, true);
  if (labelEnd < 0) return false;
  let pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 40) {
    parseReference = false;
    pos++;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) break;
    }
    if (pos >= max) return false;
    start = pos;
    res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
    if (res.ok) {
      href = state.md.normalizeLink(res.str);
      if (state.md.validateLink(href)) pos = res.pos;
      else href = "";
      start = pos;
      for (; pos < max; pos++) {
        code2 = state.src.charCodeAt(pos);
        if (!isSpace(code2) && code2 !== 10) break;
      }
      res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
      if (pos < max && start !== pos && res.ok) {
        title = res.str;
        pos = res.pos;
        for (; pos < max; pos++) {
          code2 = state.src.charCodeAt(pos);
          if (!isSpace(code2) && code2 !== 10) break;
        }
      }
    }
    if (pos >= max || state.src.charCodeAt(pos) !== 41) parseReference = true;
    pos++;
  }
  if (parseReference) {
    if (typeof state.env.references === "undefined") return false;
    if (pos < max && state.src.charCodeAt(pos) === 91) {
      start = pos + 1;
      pos = state.md.helpers.parseLinkLabel(state, pos);
      if (pos >= 0) label = state.src.slice(start, pos++);
      else pos = labelEnd + 1;
    } else pos = labelEnd + 1;
    if (!label) label = state.src.slice(labelStart, labelEnd);
    label = normalizeReference(label);
    ref = state.env.references[label];
    if (!ref) {
      state.pos = oldPos;
      return false;
    }
    href = ref.href;
    title = ref.title;
  }
  if (!silent) {
    state.pos = labelStart;
    state.posMax = labelEnd;
    const token_o = state.push("link_open", "a", 1);
    const attrs = [["href", href]];
    token_o.attrs = attrs;
    if (title) attrs.push(["title", title]);
    if (label) {
      const meta = /* @__PURE__ */ Object.create(null);
      meta.label = label;
      token_o.meta = meta;
    }
    state.linkLevel++;
    state.md.inline.tokenize(state);
    state.linkLevel--;
    state.push("link_close", "a", -1);
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}
function image(state, silent) {
  let code2, content, label, pos, ref, res, title, start;
  let href = "";
  const oldPos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(state.pos) !== 33) return false;
  if (state.src.charCodeAt(state.pos + 1) !== 91) return false;
  const labelStart = state.pos + 2;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos + 1, false);
  if (labelEnd < 0) return false;
  pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 40) {
    pos++;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) break;
    }
    if (pos >= max) return false;
    start = pos;
    res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
    if (res.ok) {
      href = state.md.normalizeLink(res.str);
      if (state.md.validateLink(href)) pos = res.pos;
      else href = "";
    }
    start = pos;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) break;
    }
    res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
    if (pos < max && start !== pos && res.ok) {
      title = res.str;
      pos = res.pos;
      for (; pos < max; pos++) {
        code2 = state.src.charCodeAt(pos);
        if (!isSpace(code2) && code2 !== 10) break;
      }
    } else title = "";
    if (pos >= max || state.src.charCodeAt(pos) !== 41) {
      state.pos = oldPos;
      return false;
    }
    pos++;
  } else {
    if (typeof state.env.references === "undefined") return false;
    if (pos < max && state.src.charCodeAt(pos) === 91) {
      start = pos + 1;
      pos = state.md.helpers.parseLinkLabel(state, pos);
      if (pos >= 0) label = state.src.slice(start, pos++);
      else pos = labelEnd + 1;
    } else pos = labelEnd + 1;
    if (!label) label = state.src.slice(labelStart, labelEnd);
    label = normalizeReference(label);
    ref = state.env.references[label];
    if (!ref) {
      state.pos = oldPos;
      return false;
    }
    href = ref.href;
    title = ref.title;
  }
  if (!silent) {
    content = state.src.slice(labelStart, labelEnd);
    const tokens = [];
    state.md.inline.parse(content, state.md, state.env, tokens);
    const token = state.push("image", "img", 0);
    const attrs = [["src", href], ["alt", ""]];
    token.attrs = attrs;
    token.children = tokens;
    token.content = content;
    if (title) attrs.push(["title", title]);
    if (label) {
      const meta = /* @__PURE__ */ Object.create(null);
      meta.label = label;
      token.meta = meta;
    }
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}
var EMAIL_RE = /^([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)$/;
var AUTOLINK_RE = /^([a-zA-Z][a-zA-Z0-9+.-]{1,31}):([^<>\x00-\x20]*)$/;
function autolink(state, silent) {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 60) return false;
  const start = state.pos;
  const max = state.posMax;
  for (; ; ) {
    if (++pos >= max) return false;
    const ch = state.src.charCodeAt(pos);
    if (ch === 60) return false;
    if (ch === 62) break;
  }
  const url = state.src.slice(start + 1, pos);
  if (AUTOLINK_RE.test(url)) {
    const fullUrl = state.md.normalizeLink(url);
    if (!state.md.validateLink(fullUrl)) return false;
    if (!silent) {
      const token_o = state.push("link_open", "a", 1);
      token_o.attrs = [["href", fullUrl]];
      token_o.markup = "autolink";
      token_o.info = "auto";
      const token_t = state.push("text", "", 0);
      token_t.content = state.md.normalizeLinkText(url);
      const token_c = state.push("link_close", "a", -1);
      token_c.markup = "autolink";
      token_c.info = "auto";
    }
    state.pos += url.length + 2;
    return true;
  }
  if (EMAIL_RE.test(url)) {
    const fullUrl = state.md.normalizeLink(`mailto:${url}`);
    if (!state.md.validateLink(fullUrl)) return false;
    if (!silent) {
      const token_o = state.push("link_open", "a", 1);
      token_o.attrs = [["href", fullUrl]];
      token_o.markup = "autolink";
      token_o.info = "auto";
      const token_t = state.push("text", "", 0);
      token_t.content = state.md.normalizeLinkText(url);
      const token_c = state.push("link_close", "a", -1);
      token_c.markup = "autolink";
      token_c.info = "auto";
    }
    state.pos += url.length + 2;
    return true;
  }
  return false;
}
function isLinkOpen(str) {
  return /^<a[>\s]/i.test(str);
}
function isLinkClose(str) {
  return /^<\/a\s*>/i.test(str);
}
function isLetter(ch) {
  const lc = ch | 32;
  return lc >= 97 && lc <= 122;
}
function scanSpecial(state, pos) {
  const src = state.src;
  let start;
  let terminator;
  if (src.startsWith("<!--", pos)) {
    if (src.startsWith(">", pos + 4)) return pos + 5;
    if (src.startsWith("->", pos + 4)) return pos + 6;
    start = pos + 4;
    terminator = "-->";
  } else if (src.startsWith("<![CDATA[", pos)) {
    start = pos + 9;
    terminator = "]]>";
  } else if (src.charCodeAt(pos + 1) === 63) {
    start = pos + 2;
    terminator = "?>";
  } else if (isLetter(src.charCodeAt(pos + 2))) {
    start = pos + 3;
    terminator = ">";
  } else return -1;
  if (state.skipHtmlSpecial) return -1;
  const end = src.indexOf(terminator, start);
  if (end < 0) {
    state.skipHtmlSpecial = true;
    return -1;
  }
  return end + terminator.length;
}
function html_inline(state, silent) {
  if (!state.md.options.html) return false;
  const max = state.posMax;
  const pos = state.pos;
  if (state.src.charCodeAt(pos) !== 60 || pos + 2 >= max) return false;
  let end;
  const ch = state.src.charCodeAt(pos + 1);
  if (ch === 33 || ch === 63) end = scanSpecial(state, pos);
  else if (ch === 47 || isLetter(ch)) {
    const match = state.src.slice(pos).match(HTML_OPEN_CLOSE_TAG_RE);
    end = match ? pos + match[0].length : -1;
  } else return false;
  if (end < 0) return false;
  if (!silent) {
    const token = state.push("html_inline", "", 0);
    token.content = state.src.slice(pos, end);
    if (isLinkOpen(token.content)) state.linkLevel++;
    if (isLinkClose(token.content)) state.linkLevel--;
  }
  state.pos = end;
  return true;
}
var DIGITAL_RE = /^&#((?:x[a-f0-9]{1,6}|[0-9]{1,7}));/i;
var NAMED_RE = /^&([a-z][a-z0-9]{1,31});/i;
function entity(state, silent) {
  const pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 38) return false;
  if (pos + 1 >= max) return false;
  if (state.src.charCodeAt(pos + 1) === 35) {
    const match = state.src.slice(pos).match(DIGITAL_RE);
    if (match) {
      if (!silent) {
        const code2 = match[1][0].toLowerCase() === "x" ? parseInt(match[1].slice(1), 16) : parseInt(match[1], 10);
        const token = state.push("text_special", "", 0);
        token.content = isValidEntityCode(code2) ? fromCodePoint(code2) : fromCodePoint(65533);
        token.markup = match[0];
        token.info = "entity";
      }
      state.pos += match[0].length;
      return true;
    }
  } else {
    const match = state.src.slice(pos).match(NAMED_RE);
    if (match) {
      const decoded = decodeHTMLStrict(match[0]);
      if (decoded !== match[0]) {
        if (!silent) {
          const token = state.push("text_special", "", 0);
          token.content = decoded;
          token.markup = match[0];
          token.info = "entity";
        }
        state.pos += match[0].length;
        return true;
      }
    }
  }
  return false;
}
function processDelimiters(delimiters) {
  const openersBottom = {};
  const max = delimiters.length;
  if (!max) return;
  let headerIdx = 0;
  let lastTokenIdx = -2;
  const jumps = [];
  for (let closerIdx = 0; closerIdx < max; closerIdx++) {
    const closer = delimiters[closerIdx];
    jumps.push(0);
    if (delimiters[headerIdx].marker !== closer.marker || lastTokenIdx !== closer.token - 1) headerIdx = closerIdx;
    lastTokenIdx = closer.token;
    closer.length = closer.length || 0;
    if (!closer.close) continue;
    if (!openersBottom.hasOwnProperty(closer.marker)) openersBottom[closer.marker] = [
      -1,
      -1,
      -1,
      -1,
      -1,
      -1
    ];
    const minOpenerIdx = openersBottom[closer.marker][(closer.open ? 3 : 0) + closer.length % 3];
    let openerIdx = headerIdx - jumps[headerIdx] - 1;
    let newMinOpenerIdx = openerIdx;
    for (; openerIdx > minOpenerIdx; openerIdx -= jumps[openerIdx] + 1) {
      const opener = delimiters[openerIdx];
      if (opener.marker !== closer.marker) continue;
      if (opener.open && opener.end < 0) {
        let isOddMatch = false;
        if (opener.close || closer.open) {
          if ((opener.length + closer.length) % 3 === 0) {
            if (opener.length % 3 !== 0 || closer.length % 3 !== 0) isOddMatch = true;
          }
        }
        if (!isOddMatch) {
          const lastJump = openerIdx > 0 && !delimiters[openerIdx - 1].open ? jumps[openerIdx - 1] + 1 : 0;
          jumps[closerIdx] = closerIdx - openerIdx + lastJump;
          jumps[openerIdx] = lastJump;
          closer.open = false;
          opener.end = closerIdx;
          opener.close = false;
          newMinOpenerIdx = -1;
          lastTokenIdx = -2;
          break;
        }
      }
    }
    if (newMinOpenerIdx !== -1) openersBottom[closer.marker][(closer.open ? 3 : 0) + (closer.length || 0) % 3] = newMinOpenerIdx;
  }
}
function link_pairs(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  processDelimiters(state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    var _tokens_meta$curr;
    const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
    if (delimiters) processDelimiters(delimiters);
  }
}
function fragments_join(state) {
  let curr, last;
  let level = 0;
  const tokens = state.tokens;
  const max = state.tokens.length;
  for (curr = last = 0; curr < max; curr++) {
    if (tokens[curr].nesting < 0) level--;
    tokens[curr].level = level;
    if (tokens[curr].nesting > 0) level++;
    if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
    else {
      if (curr !== last) tokens[last] = tokens[curr];
      last++;
    }
  }
  if (curr !== last) tokens.length = last;
}
var _rules = [
  ["text", text],
  ["linkify", linkify],
  ["newline", newline],
  ["escape", escape],
  ["backticks", backtick],
  ["strikethrough", strikethrough_default.tokenize],
  ["emphasis", emphasis_default.tokenize],
  ["link", link],
  ["image", image],
  ["autolink", autolink],
  ["html_inline", html_inline],
  ["entity", entity]
];
var _rules2 = [
  ["balance_pairs", link_pairs],
  ["strikethrough", strikethrough_default.postProcess],
  ["emphasis", emphasis_default.postProcess],
  ["fragments_join", fragments_join]
];
var ParserInline = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Keep configuration of inline rules.
      */
      "ruler",
      new Ruler()
    );
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Second ruler used for post-processing
      * (e.g. in emphasis-like rules).
      */
      "ruler2",
      new Ruler()
    );
    _defineProperty(this, "State", StateInline);
    for (let i = 0; i < _rules.length; i++) this.ruler.push(_rules[i][0], _rules[i][1]);
    for (let i = 0; i < _rules2.length; i++) this.ruler2.push(_rules2[i][0], _rules2[i][1]);
  }
  skipToken(state) {
    const pos = state.pos;
    const rules = this.ruler.getRules("");
    const len = rules.length;
    const maxNesting = state.md.options.maxNesting;
    const cache = state.cache;
    if (typeof cache[pos] !== "undefined") {
      state.pos = cache[pos];
      return;
    }
    let ok = false;
    if (state.level < maxNesting) for (let i = 0; i < len; i++) {
      state.level++;
      ok = rules[i](state, true);
      state.level--;
      if (ok) {
        if (pos >= state.pos) throw new Error("inline rule didn't increment state.pos");
        break;
      }
    }
    else state.pos = state.posMax;
    if (!ok) state.pos++;
    cache[pos] = state.pos;
  }
  tokenize(state) {
    const rules = this.ruler.getRules("");
    const len = rules.length;
    const end = state.posMax;
    const maxNesting = state.md.options.maxNesting;
    while (state.pos < end) {
      const prevPos = state.pos;
      let ok = false;
      if (state.level < maxNesting) for (let i = 0; i < len; i++) {
        ok = rules[i](state, false);
        if (ok) {
          if (prevPos >= state.pos) throw new Error("inline rule didn't increment state.pos");
          break;
        }
      }
      if (ok) {
        if (state.pos >= end) break;
        continue;
      }
      state.pending += state.src[state.pos++];
    }
    if (state.pending) state.pushPending();
  }
  /**
  * Process input string and push inline tokens into `outTokens`
  */
  parse(str, md, env, outTokens) {
    const state = new this.State(str, md, env, outTokens);
    this.tokenize(state);
    const rules = this.ruler2.getRules("");
    const len = rules.length;
    for (let i = 0; i < len; i++) rules[i](state);
  }
};
var config = {
  default: {
    options: {
      html: false,
      xhtmlOut: false,
      breaks: false,
      langPrefix: "language-",
      linkify: false,
      typographer: false,
      quotes: "\u201C\u201D\u2018\u2019",
      highlight: null,
      maxNesting: 100
    },
    components: {
      core: {},
      block: {},
      inline: {}
    }
  },
  zero: {
    options: {
      html: false,
      xhtmlOut: false,
      breaks: false,
      langPrefix: "language-",
      linkify: false,
      typographer: false,
      quotes: "\u201C\u201D\u2018\u2019",
      highlight: null,
      maxNesting: 20
    },
    components: {
      core: { rules: [
        "normalize",
        "block",
        "strip_references",
        "inline",
        "text_join"
      ] },
      block: { rules: ["paragraph"] },
      inline: {
        rules: ["text"],
        rules2: ["balance_pairs", "fragments_join"]
      }
    }
  },
  commonmark: {
    options: {
      html: true,
      xhtmlOut: true,
      breaks: false,
      langPrefix: "language-",
      linkify: false,
      typographer: false,
      quotes: "\u201C\u201D\u2018\u2019",
      highlight: null,
      maxNesting: 20
    },
    components: {
      core: { rules: [
        "normalize",
        "block",
        "strip_references",
        "inline",
        "text_join"
      ] },
      block: { rules: [
        "blockquote",
        "code",
        "fence",
        "heading",
        "hr",
        "html_block",
        "lheading",
        "list",
        "reference",
        "paragraph"
      ] },
      inline: {
        rules: [
          "autolink",
          "backticks",
          "emphasis",
          "entity",
          "escape",
          "html_inline",
          "image",
          "link",
          "newline",
          "text"
        ],
        rules2: [
          "balance_pairs",
          "emphasis",
          "fragments_join"
        ]
      }
    }
  }
};
var BAD_PROTO_RE = /^(vbscript|javascript|file|data):/;
var GOOD_DATA_RE = /^data:image\/(gif|png|jpeg|webp);/;
var RECODE_HOSTNAME_FOR = [
  "http:",
  "https:",
  "mailto:"
];
var MarkdownIt = class {
  /**
  * Link validation function. CommonMark allows too much in links. By default
  * we disable `javascript:`, `vbscript:`, `file:` schemas, and almost all `data:...` schemas
  * except some embedded image types.
  *
  * You can change this behaviour:
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * // enable everything
  * md.validateLink = function () { return true; }
  * ```
  */
  validateLink(url) {
    const str = url.trim().toLowerCase();
    return BAD_PROTO_RE.test(str) ? GOOD_DATA_RE.test(str) : true;
  }
  /**
  * Function used to encode link url to a machine-readable format,
  * which includes url-encoding, punycode, etc.
  */
  normalizeLink(url) {
    const parsed = parse_default(url, true);
    if (parsed.hostname) {
      if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) try {
        parsed.hostname = import_punycode.default.toASCII(parsed.hostname);
      } catch (er) {
      }
    }
    if (parsed.auth) parsed.auth = encode_default(parsed.auth);
    if (parsed.hostname) parsed.hostname = encode_default(parsed.hostname);
    if (parsed.pathname) parsed.pathname = encode_default(parsed.pathname);
    if (parsed.search) parsed.search = encode_default(parsed.search);
    if (parsed.hash) parsed.hash = encode_default(parsed.hash);
    return format(parsed);
  }
  /**
  * Function used to decode link url to a human-readable format`
  */
  normalizeLinkText(url) {
    const parsed = parse_default(url, true);
    if (parsed.hostname) {
      if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) try {
        parsed.hostname = import_punycode.default.toUnicode(parsed.hostname);
      } catch (er) {
      }
    }
    return decode_default(format(parsed), decode_default.defaultChars + "%");
  }
  constructor(...args) {
    _defineProperty(
      this,
      /**
      * Instance of {@link ParserInline}. You may need it to add new rules when
      * writing plugins. For simple rules control use {@link MarkdownIt.disable}
      * and {@link MarkdownIt.enable}.
      */
      "inline",
      new ParserInline()
    );
    _defineProperty(
      this,
      /**
      * Instance of {@link ParserBlock}. You may need it to add new rules when
      * writing plugins. For simple rules control use {@link MarkdownIt.disable}
      * and {@link MarkdownIt.enable}.
      */
      "block",
      new ParserBlock()
    );
    _defineProperty(
      this,
      /**
      * Instance of {@link ParserCore} chain executor. You may need it to add new
      * rules when writing plugins. For simple rules control use
      * {@link MarkdownIt.disable} and {@link MarkdownIt.enable}.
      */
      "core",
      new ParserCore()
    );
    _defineProperty(
      this,
      /**
      * Instance of {@link Renderer}. Use it to modify output look. Or to add rendering
      * rules for new token types, generated by plugins.
      *
      * See {@link Renderer} docs and
      * [source code](https://github.com/markdown-it/markdown-it/blob/master/src/renderer.ts).
      *
      * @example
      * ```javascript
      * import MarkdownIt from 'markdown-it'
      * const md = new MarkdownIt()
      *
      * function myToken(tokens, idx, options, env, self) {
      *   //...
      *   return result;
      * };
      *
      * md.renderer.rules['my_token'] = myToken
      * ```
      */
      "renderer",
      new Renderer()
    );
    _defineProperty(
      this,
      /**
      * [linkify-it](https://github.com/markdown-it/linkify-it) instance.
      * Used by [linkify](https://github.com/markdown-it/markdown-it/blob/master/src/rules_core/linkify.ts)
      * rule.
      */
      "linkify",
      new LinkifyIt()
    );
    _defineProperty(
      this,
      /**
      * Assorted utility functions, useful to write plugins. See details
      * [here](https://github.com/markdown-it/markdown-it/blob/master/src/common/utils.ts).
      */
      "utils",
      utils_exports
    );
    _defineProperty(
      this,
      /**
      * Link components parser functions, useful to write plugins. See details
      * [here](https://github.com/markdown-it/markdown-it/blob/master/src/helpers).
      */
      "helpers",
      Object.assign({}, helpers_exports)
    );
    const [presetNameOrOptions, options] = args;
    if (typeof presetNameOrOptions === "string") {
      this.configure(presetNameOrOptions);
      if (options) this.set(options);
    } else {
      this.configure("default");
      this.set(presetNameOrOptions || {});
    }
  }
  /**
  * Set parser options (in the same format as in constructor). Probably, you
  * will never need it, but you can change options after constructor call.
  *
  * __Note:__ To achieve the best possible performance, don't modify a
  * `markdown-it` instance options on the fly. If you need multiple configurations
  * it's best to create multiple instances and initialize each with separate
  * config.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  *
  * const md = new MarkdownIt()
  *   .set({ html: true, breaks: true })
  *   .set({ typographer: true })
  * ```
  */
  set(options) {
    Object.assign(this.options, options);
    return this;
  }
  /**
  * Batch load of all options and compenent settings. This is internal method,
  * and you probably will not need it. But if you will - see available presets
  * and data structure [here](https://github.com/markdown-it/markdown-it/tree/master/src/presets)
  *
  * We strongly recommend to use presets instead of direct config loads. That
  * will give better compatibility with next versions.
  */
  configure(presets) {
    let p;
    if (typeof presets === "string") {
      const presetName = presets;
      p = config[presetName];
      if (!p) throw new Error(`Wrong 'markdown-it' preset "${presetName}", check name`);
    } else p = presets;
    if (!p) throw new Error("Wrong `markdown-it` preset, can't be empty");
    if (p.options) this.options = { ...p.options };
    const components = p.components;
    if (components) {
      var _components$inline;
      [
        "core",
        "block",
        "inline"
      ].forEach((name) => {
        var _components$name;
        const rules = (_components$name = components[name]) === null || _components$name === void 0 ? void 0 : _components$name.rules;
        if (rules) this[name].ruler.enableOnly(rules);
      });
      const rules2 = (_components$inline = components.inline) === null || _components$inline === void 0 ? void 0 : _components$inline.rules2;
      if (rules2) this.inline.ruler2.enableOnly(rules2);
    }
    return this;
  }
  /**
  * Enable list or rules. It will automatically find appropriate components,
  * containing rules with given names. If rule not found, and `ignoreInvalid`
  * not set - throws exception.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  *
  * const md = new MarkdownIt()
  *   .enable(['sub', 'sup'])
  *   .disable('smartquotes')
  * ```
  */
  enable(list2, ignoreInvalid = false) {
    let result = [];
    if (!Array.isArray(list2)) list2 = [list2];
    [
      "core",
      "block",
      "inline"
    ].forEach((chain) => {
      result = result.concat(this[chain].ruler.enable(list2, true));
    });
    result = result.concat(this.inline.ruler2.enable(list2, true));
    const missed = list2.filter((name) => result.indexOf(name) < 0);
    if (missed.length && !ignoreInvalid) throw new Error(`MarkdownIt. Failed to enable unknown rule(s): ${missed}`);
    return this;
  }
  /**
  * The same as {@link MarkdownIt.enable}, but turn specified rules off.
  */
  disable(list2, ignoreInvalid = false) {
    let result = [];
    if (!Array.isArray(list2)) list2 = [list2];
    [
      "core",
      "block",
      "inline"
    ].forEach((chain) => {
      result = result.concat(this[chain].ruler.disable(list2, true));
    });
    result = result.concat(this.inline.ruler2.disable(list2, true));
    const missed = list2.filter((name) => result.indexOf(name) < 0);
    if (missed.length && !ignoreInvalid) throw new Error(`MarkdownIt. Failed to disable unknown rule(s): ${missed}`);
    return this;
  }
  /**
  * Load specified plugin with given params into current parser instance.
  * It's just a sugar to call `plugin(md, params)` with curring.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * import iterator from 'markdown-it-for-inline'
  *
  * const md = new MarkdownIt()
  *   .use(iterator, 'foo_replace', 'text', function (tokens, idx) {
  *     tokens[idx].content = tokens[idx].content.replace(/foo/g, 'bar')
  *   })
  * ```
  */
  use(plugin, ...params) {
    plugin.apply(plugin, [this, ...params]);
    return this;
  }
  /**
  * Parse input string and return list of block tokens (special token type
  * "inline" will contain list of inline tokens). You should not call this
  * method directly, until you write custom renderer (for example, to produce
  * AST).
  *
  * `env` is used to pass data between "distributed" rules and return additional
  * metadata like reference info, needed for the renderer. It also can be used to
  * inject data in specific cases. Usually, you will be ok to pass `{}`,
  * and then pass updated object to renderer.
  */
  parse(src, env) {
    if (typeof src !== "string") throw new Error("Input data should be a String");
    const state = new this.core.State(src, this, env);
    this.core.process(state);
    return state.tokens;
  }
  /**
  * Render markdown string into html. It does all magic for you :).
  *
  * `env` can be used to inject additional metadata (`{}` by default).
  * But you will not need it with high probability. See also comment
  * in {@link MarkdownIt.parse}.
  */
  render(src, env = {}) {
    return this.renderer.render(this.parse(src, env), this.options, env);
  }
  /**
  * The same as {@link MarkdownIt.parse} but skip all block rules. It returns
  * the block tokens list with the single `inline` element, containing parsed
  * inline tokens in `children` property. Also updates `env` object.
  */
  parseInline(src, env) {
    const state = new this.core.State(src, this, env);
    state.inlineMode = true;
    this.core.process(state);
    return state.tokens;
  }
  /**
  * Similar to {@link MarkdownIt.render} but for single paragraph content.
  * Result will NOT be wrapped into `<p>` tags.
  */
  renderInline(src, env = {}) {
    return this.renderer.render(this.parseInline(src, env), this.options, env);
  }
};
_defineProperty(MarkdownIt, "Token", Token);
_defineProperty(MarkdownIt, "Ruler", Ruler);
_defineProperty(MarkdownIt, "Renderer", Renderer);
_defineProperty(MarkdownIt, "ParserCore", ParserCore);
_defineProperty(MarkdownIt, "StateCore", StateCore);
_defineProperty(MarkdownIt, "ParserBlock", ParserBlock);
_defineProperty(MarkdownIt, "StateBlock", StateBlock);
_defineProperty(MarkdownIt, "ParserInline", ParserInline);
_defineProperty(MarkdownIt, "StateInline", StateInline);
var MarkdownItCallable = callable(MarkdownIt);

// src/evidence/markdown-blocks.ts
var newParser = () => new MarkdownItCallable("commonmark");
var parser;
function blockStructure(text2) {
  parser ??= newParser();
  const starts = lineStarts(text2);
  const structure = {
    code: new Array(starts.length + 1).fill(false),
    comments: [],
    headings: []
  };
  const tokens = [];
  parser.block.parse(text2.replaceAll("\0", "\uFFFD"), parser, {}, tokens);
  const offsetOf = (line) => starts[line] ?? text2.length;
  const comments = new CommentFinder(text2, structure.comments);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const map = token.map;
    if (!map) continue;
    const [first, end] = map;
    switch (token.type) {
      case "fence":
      case "code_block":
        for (let l = first; l < end; l++) structure.code[l + 1] = true;
        break;
      case "html_block":
        comments.within(offsetOf(first), offsetOf(end), true);
        break;
      case "paragraph_open":
        comments.within(offsetOf(first), offsetOf(end), false);
        break;
      case "heading_open":
        comments.within(offsetOf(first), offsetOf(first + 1), false);
        structure.headings.push({
          line: first + 1,
          level: Number(token.tag.slice(1)),
          text: tokens[i + 1]?.type === "inline" ? tokens[i + 1].content : ""
        });
        break;
      default:
        break;
    }
  }
  return structure;
}
function lineStarts(text2) {
  const starts = [0];
  for (let at2 = text2.indexOf("\n"); at2 !== -1; at2 = text2.indexOf("\n", at2 + 1)) starts.push(at2 + 1);
  return starts;
}
var CommentFinder = class {
  constructor(text2, out) {
    this.out = out;
    this.opens = positions(text2, "<!--");
    this.closes = positions(text2, "-->");
  }
  out;
  opens;
  closes;
  open = 0;
  close = 0;
  /** The comments in [from, to); `unclosed` keeps an unclosed one to `to` (a comment block). */
  within(from, to, unclosed) {
    const { opens, closes } = this;
    while (this.open < opens.length && opens[this.open] < from) this.open++;
    while (this.open < opens.length && opens[this.open] < to) {
      const at2 = opens[this.open];
      while (this.close < closes.length && closes[this.close] < at2 + 4) this.close++;
      const close2 = closes[this.close];
      if (close2 === void 0 || close2 + 3 > to) {
        if (unclosed) this.out.push([at2, to]);
        return;
      }
      this.out.push([at2, close2 + 3]);
      while (this.open < opens.length && opens[this.open] < close2 + 3) this.open++;
    }
  }
};
function positions(text2, what) {
  const found = [];
  for (let at2 = text2.indexOf(what); at2 !== -1; at2 = text2.indexOf(what, at2 + 1)) found.push(at2);
  return found;
}

// src/evidence/markdown.ts
var PARAM = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))|"([^"]*)"|(\S+)/g;
function readMarkdown(file, text2) {
  const all = text2.split(/\r?\n/);
  const frontMatter = readFrontMatter(file, all);
  const first = frontMatter ? frontMatter.end : 0;
  const body = all.slice(first);
  const blocks = blockStructure(body.join("\n"));
  const lines = [];
  const shortcodes = [];
  const { comments } = blocks;
  let c = 0;
  let offset = 0;
  for (let i = 0; i < body.length; i++) {
    const raw = body[i];
    const line = first + i + 1;
    const start = offset;
    const end = start + raw.length;
    offset = end + 1;
    if (blocks.code[i + 1]) {
      lines.push({ line, text: raw, raw, comment: false, code: true });
      continue;
    }
    while (c < comments.length && comments[c][1] <= start) c++;
    let visible = "";
    let at2 = start;
    let commented = false;
    for (let k = c; k < comments.length && comments[k][0] < end; k++) {
      const [from, to] = comments[k];
      if (from > at2) visible += raw.slice(at2 - start, from - start);
      at2 = Math.max(at2, to);
      commented = true;
    }
    if (at2 < end) visible += raw.slice(at2 - start);
    const isComment = commented && visible.trim() === "";
    lines.push({ line, text: isComment ? "" : visible, raw, comment: isComment, code: false });
    if (!isComment) shortcodes.push(...shortcodesIn(visible, line));
  }
  const headings = blocks.headings.map((h) => headingOf({ ...h, line: h.line + first }, all.length));
  closeSections(headings, all.length);
  return { file, frontMatter, lines, headings, shortcodes };
}
function headingOf(found, fileLines) {
  let text2 = withoutComments(found.text).replace(/\s+/g, " ").trim();
  const anchor = /\{#([\w-]+)\}$/.exec(text2);
  if (anchor) text2 = text2.slice(0, anchor.index).trim();
  return { level: found.level, text: text2, anchor: anchor?.[1], line: found.line, end: fileLines };
}
function withoutComments(text2) {
  let out = "";
  let at2 = 0;
  for (let open = text2.indexOf("<!--"); open !== -1; open = text2.indexOf("<!--", at2)) {
    out += text2.slice(at2, open);
    const close2 = text2.indexOf("-->", open + 4);
    at2 = close2 === -1 ? text2.length : close2 + 3;
  }
  return out + text2.slice(at2);
}
function closeSections(headings, fileLines) {
  const open = [];
  for (const h of headings) {
    while (open.length > 0 && open[open.length - 1].level >= h.level) open.pop().end = h.line - 1;
    open.push(h);
  }
  for (const h of open) h.end = fileLines;
}
function shortcodesIn(text2, line) {
  const found = [];
  for (let open = text2.indexOf("{{"); open !== -1; ) {
    const close2 = text2.indexOf("}}", open + 2);
    if (close2 === -1) break;
    const inner = text2.slice(open + 2, close2);
    const delimiter = inner[0];
    const last = inner[inner.length - 1];
    if (delimiter === "<" && last === ">" || delimiter === "%" && last === "%") {
      const body = inner.slice(1, -1).trim();
      const closing = body.startsWith("/");
      const rest = (closing ? body.slice(1) : body).trimStart();
      const name = /^[\w-]+/.exec(rest)?.[0];
      if (name && inner.length >= 2)
        found.push(shortcodeOf(name, rest.slice(name.length), closing, line));
    }
    open = text2.indexOf("{{", close2 + 2);
  }
  return found;
}
function findSection(page, by) {
  const plain = (t) => t.replaceAll("`", "").toLowerCase();
  const heading2 = page.headings.find((h) => h.anchor !== void 0 && by.anchors.includes(h.anchor)) ?? page.headings.find((h) => by.headings.some((t) => plain(h.text) === plain(t)));
  if (!heading2) return void 0;
  const inside = (x) => x.line >= heading2.line && x.line <= heading2.end;
  return {
    heading: heading2,
    lines: page.lines.filter(inside),
    shortcodes: page.shortcodes.filter(inside)
  };
}
function shortcodeBody(page, open) {
  const close2 = page.shortcodes.find((s) => s.closing && s.name === open.name && s.line >= open.line);
  const last = close2 ? close2.line : open.line;
  return page.lines.filter((l) => l.line >= open.line && l.line <= last);
}
function paragraphs(lines) {
  const out = [];
  let current;
  for (const l of lines) {
    if (l.comment || l.code || l.text.trim() === "") {
      current = void 0;
      continue;
    }
    if (current) {
      current.text += ` ${l.text.trim()}`;
      current.lines.push(l);
    } else {
      current = { line: l.line, text: l.text.trim(), lines: [l] };
      out.push(current);
    }
  }
  return out;
}
function frontMatterClose(file, all) {
  if (all[0]?.trim() !== "---") return void 0;
  const close2 = all.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (close2 === -1) {
    throw new DataError(file, 1, "the front matter opened by --- is never closed with ---");
  }
  return close2;
}
function readFrontMatter(file, all) {
  const close2 = frontMatterClose(file, all);
  if (close2 === void 0) return void 0;
  const yamlText = all.slice(1, close2).join("\n");
  const counter = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(yamlText, {
    lineCounter: counter,
    prettyErrors: true,
    uniqueKeys: false
  });
  const offset = 1;
  const error = doc.errors[0];
  if (error) {
    const line = (error.linePos?.[0].line ?? 0) + offset;
    throw new DataError(
      file,
      line,
      `the front matter is not valid YAML: ${yamlReason(error.message)}`
    );
  }
  const twice = duplicateKeyProblem(doc, counter, offset);
  if (twice)
    throw new DataError(file, twice.line, `the front matter is not valid YAML: ${twice.reason}`);
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error2) {
    throw new DataError(file, 2, `the front matter cannot be read: ${yamlReason(oneLine(error2))}`);
  }
  if (data !== null && data !== void 0 && (typeof data !== "object" || Array.isArray(data))) {
    throw new DataError(file, 2, "the front matter must be a mapping of keys (title: \u2026)");
  }
  const nodeAt = (path) => doc.getIn(path, true);
  return {
    data: data ?? {},
    start: 1,
    end: close2 + 1,
    lineOf(path) {
      const offsetOf = keyRange(doc, path) ?? nodeAt(path)?.range?.[0];
      return offsetOf === void 0 ? void 0 : counter.linePos(offsetOf).line + offset;
    },
    source(path) {
      const node = nodeAt(path);
      if (!(0, import_yaml3.isScalar)(node)) return void 0;
      return typeof node.source === "string" ? node.source : String(node.value);
    }
  };
}
function keyRange(doc, path) {
  if (path.length === 0) return void 0;
  const parent = doc.getIn(path.slice(0, -1), true);
  if (!(0, import_yaml3.isMap)(parent)) return void 0;
  const last = String(path[path.length - 1]);
  const pair = parent.items.find((p) => (0, import_yaml3.isScalar)(p.key) && String(p.key.value) === last);
  return (0, import_yaml3.isScalar)(pair?.key) ? pair.key.range?.[0] : void 0;
}
function shortcodeOf(name, paramText, closing, line) {
  const params = {};
  const positional = [];
  for (const p of paramText.matchAll(PARAM)) {
    if (p[1] !== void 0) params[p[1]] = p[2] ?? p[3] ?? p[4] ?? "";
    else positional.push(p[5] ?? p[6] ?? "");
  }
  return { name, params, positional, closing, line };
}

// src/criteria/website/pages.ts
function markdownPage(ctx, file) {
  return ctx.memo(`md:${file}`, async () => {
    const text2 = await ctx.repo.read(file);
    return text2 === void 0 ? void 0 : readMarkdown(file, text2);
  });
}
async function ipvsSection(ctx) {
  const { modesPage, section: where2 } = ctx.policy.website;
  const page = await markdownPage(ctx, modesPage);
  if (!page) return fail(`${modesPage} does not exist`, [{ file: modesPage }]);
  const section = findSection(page, where2);
  if (!section) {
    return fail(
      `${modesPage} has no IPVS proxy mode section (a heading with {#${where2.anchors[0]}} or titled "${where2.headings[0]}")`,
      [{ file: modesPage }]
    );
  }
  return { page, section };
}
function isOutcome(value) {
  return !("section" in value);
}
function rendered(lines) {
  return lines.filter((l) => !l.comment && !l.code);
}
function vRelease(version) {
  return `v${formatMinor(version)}`;
}
function containsWord(text2, word) {
  return new RegExp(`(?<![\\w])${escapeRegExp(word)}(?![\\w])`, "i").test(text2);
}
function lowerIncludes2(text2, words) {
  const lower = text2.toLowerCase();
  return words.find((w) => lower.includes(w.toLowerCase()));
}

// src/criteria/website/blog.ts
function unpublished(page, rules) {
  const fm = page.frontMatter;
  const { file } = page;
  const draft = fm.data.draft;
  if (draft === true || String(draft).toLowerCase() === "true") {
    return { file, line: fm.lineOf(["draft"]), note: "draft: true" };
  }
  const date = fm.source(["date"]);
  if (date === void 0) return { file, line: fm.start, note: "it has no date:" };
  if (!/^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(date.trim())) {
    return { file, line: fm.lineOf(["date"]), note: `date: ${date} is not a real date` };
  }
  const markers = rules.unfinishedMarkers.map((m) => ({ m, re: wholeWord(m) }));
  for (const l of page.lines) {
    const marker = markers.find(({ re }) => re.test(l.raw))?.m;
    if (marker) return { file, line: l.line, note: `${marker} left in the text` };
  }
  return void 0;
}
function wholeWord(word) {
  return new RegExp(`(?<![\\w])${escapeRegExp(word)}(?![\\w])`);
}
function isAboutMigration(page, rules) {
  const title = String(page.frontMatter?.data.title ?? "");
  if (!rules.titleWords.every((w) => title.toLowerCase().includes(w.toLowerCase()))) return false;
  const text2 = `${title}
${rendered(page.lines).map((l) => l.text).join("\n")}`;
  return lowerIncludes2(text2, rules.targets) !== void 0 && lowerIncludes2(text2, rules.migrationWords) !== void 0;
}
function explains(page, rules) {
  return rendered(page.lines).some((l) => lowerIncludes2(l.text, rules.explains) !== void 0);
}
var migrationBlogPost = {
  id: "migration-blog-post",
  repo: "website",
  explain: "Stage 2: a published blog post explains how to migrate from ipvs to nftables (or iptables), including what replaces the IPVS schedulers.",
  async check(ctx) {
    const rules = ctx.policy.website.blog;
    const dir = rules.dir.endsWith("/") ? rules.dir : `${rules.dir}/`;
    const hits = await ctx.repo.grep({
      patterns: rules.titleWords,
      ignoreCase: true,
      include: [`${dir}**/*.md`]
    });
    const drafts = [];
    const noSchedulers = [];
    const passing = [];
    const broken = [];
    let other = 0;
    for (const file of filesOf(hits)) {
      let page;
      try {
        page = await markdownPage(ctx, file);
      } catch (error) {
        if (error instanceof DataError) {
          broken.push(error);
          continue;
        }
        throw error;
      }
      if (!page?.frontMatter || !isAboutMigration(page, rules)) {
        other++;
        continue;
      }
      const titleLine = page.frontMatter.lineOf(["title"]);
      const why = unpublished(page, rules);
      if (why) drafts.push(why);
      else if (!explains(page, rules)) {
        noSchedulers.push({
          file,
          line: titleLine,
          note: `never says ${rules.explains.join(" or ")}`
        });
      } else passing.push({ file, line: titleLine, note: String(page.frontMatter.data.title) });
    }
    if (passing.length > 0) {
      const first = passing[0];
      return pass(
        `${first.file}:${first.line} is a published post on migrating from ipvs ("${first.note}")`,
        passing
      );
    }
    if (broken.length > 0) throw broken[0];
    const topic = `migrating from ${rules.titleWords.join(" ")} to ${rules.targets.join(" or ")}`;
    if (drafts.length > 0) {
      const d = drafts[0];
      return fail(
        `no published post on ${topic}: found a draft at ${d.file}:${d.line} (${d.note}), not published`,
        [...drafts, ...noSchedulers]
      );
    }
    if (noSchedulers.length > 0) {
      const n = noSchedulers[0];
      return fail(
        `the post at ${n.file}:${n.line} is about ${topic} but does not explain the IPVS schedulers (it ${n.note})`,
        noSchedulers
      );
    }
    const aside = other > 0 ? ` (${other} post(s) mention ${rules.titleWords.join(" ")} but are about something else)` : "";
    return fail(`no post under ${dir} is about ${topic}${aside}`, [{ file: dir }]);
  }
};

// src/evidence/gate-page.ts
var KEYS = /* @__PURE__ */ new Set(["title", "removed", "stages"]);
function readGatePage(file, text2) {
  const head = /^---[ \t]*\r?\n/.exec(text2);
  const end = head ? /^(?:---|\.\.\.)[ \t]*\r?$/m.exec(text2.slice(head[0].length)) : null;
  let yaml;
  if (head && end) yaml = text2.slice(head[0].length, head[0].length + end.index);
  else {
    const all = text2.split(/\r?\n/);
    const close2 = frontMatterClose(file, all);
    if (close2 === void 0) return { file, frontMatter: false, removed: false, stagesLine: 1 };
    yaml = all.slice(1, close2).join("\n");
  }
  const root = readYamlTree(file, yaml, {
    firstLine: 2,
    what: "the front matter",
    keys: KEYS
  });
  if (root && root.kind !== "map")
    throw new DataError(file, 2, "the front matter must be a mapping of keys (title: \u2026)");
  const removed = entryOf(root, "removed");
  const stages = entryOf(root, "stages");
  return {
    file,
    frontMatter: true,
    title: sourceOf(entryOf(root, "title")?.value),
    removed: removed?.value.kind === "scalar" && removed.value.value === true,
    removedLine: removed?.line,
    stages: stages?.value.kind === "seq" ? stages.value.items.map(readStage) : void 0,
    stagesLine: stages?.line ?? 1
  };
}
function readStage(node, index) {
  const field = (key) => entryOf(node, key);
  const stage = field("stage");
  const defaultValue = field("defaultValue");
  const from = field("fromVersion");
  const to = field("toVersion");
  const locked = field("locked");
  const fromText = sourceOf(from?.value);
  const toText = sourceOf(to?.value);
  return {
    index,
    line: node.line,
    stage: stage ? String(sourceOf(stage.value) ?? "") : void 0,
    stageLine: stage?.line,
    defaultValue: defaultValue ? scalarValue(defaultValue.value) : void 0,
    defaultLine: defaultValue?.line,
    fromText,
    from: release(fromText),
    fromLine: from?.line,
    toText,
    to: release(toText),
    toLine: to?.line,
    locked: locked ? scalarValue(locked.value) : void 0,
    lockedLine: locked?.line
  };
}
function release(text2) {
  return text2 !== void 0 && /^v?\d/.test(text2) ? parseMinor(text2) : void 0;
}
function scalarValue(node) {
  return node.kind === "scalar" ? node.value : node.kind === "seq" ? "[\u2026]" : "{\u2026}";
}

// src/gates/page-stages.ts
function describeStage(s) {
  const to = s.to ? `, toVersion "${formatMinor(s.to)}"` : "";
  const locked = s.locked === void 0 ? "" : `, locked: ${s.locked}`;
  return `{stage: ${s.stage}, defaultValue: ${s.defaultValue}, fromVersion "${formatMinor(s.from)}"${to}${locked}}`;
}
function stageFrom(stages, from) {
  return stages.find((s) => s.from !== void 0 && compareMinor(s.from, from) === 0);
}
function compareStages(page, stages, expected, target, options) {
  const at2 = formatMinor(target);
  const problems = [];
  const problem = (kind, message, line, want, version) => problems.push({
    kind,
    message,
    line: line ?? page.stagesLine,
    expected: want,
    version: want?.from ?? version
  });
  for (const s of stages) {
    if (!s.from) problem("stage-no-from", `stage ${s.index + 1} has no fromVersion`, s.line);
    else if (compareMinor(s.from, target) > 0)
      problem(
        "stage-future",
        `a stage starts at "${formatMinor(s.from)}", after ${at2}`,
        s.fromLine ?? s.line,
        void 0,
        s.from
      );
  }
  const matched = /* @__PURE__ */ new Set();
  expected.forEach((want, i) => {
    const last = i === expected.length - 1;
    const from = `the stage from "${formatMinor(want.from)}"`;
    const s = stageFrom(stages, want.from);
    if (!s) {
      problem(
        "stage-missing",
        `no stage starts at "${formatMinor(want.from)}"; expected ${describeStage(want)}`,
        page.stagesLine,
        want
      );
      return;
    }
    matched.add(s);
    const stage = (s.stage ?? "").toLowerCase();
    if (stage !== want.stage.toLowerCase())
      problem(
        "stage-wrong",
        `${from} is ${stage || "(none)"}, not ${want.stage}`,
        s.stageLine,
        want
      );
    if (s.defaultValue !== want.defaultValue)
      problem(
        "default-wrong",
        `${from} says defaultValue: ${String(s.defaultValue)}; at ${at2} it must be ${want.defaultValue}`,
        s.defaultLine ?? s.line,
        want
      );
    if (want.to && !s.to)
      problem("to-missing", `${from} lacks toVersion: "${formatMinor(want.to)}"`, s.line, want);
    else if (want.to && s.to && compareMinor(s.to, want.to) !== 0)
      problem(
        "to-wrong",
        `${from} ends at toVersion "${formatMinor(s.to)}", not "${formatMinor(want.to)}"`,
        s.toLine,
        want
      );
    else if (!want.to && s.toText !== void 0 && last && options.lastStage === "open")
      problem(
        "to-on-last",
        `${from} is the last stage at ${at2}, so it has no toVersion; it says "${s.toText}"`,
        s.toLine,
        want
      );
    else if (!want.to && s.to && compareMinor(s.to, target) < 0)
      problem(
        "to-wrong",
        `${from} ends at "${formatMinor(s.to)}", so no stage covers ${at2}`,
        s.toLine,
        want
      );
    if (want.locked !== void 0 && s.locked !== void 0 && s.locked !== want.locked)
      problem(
        "locked-wrong",
        `${from} says locked: ${String(s.locked)}; LockToDefault is ${want.locked}`,
        s.lockedLine,
        want
      );
  });
  if (options.reportExtra) {
    for (const s of stages) {
      if (matched.has(s) || !s.from || compareMinor(s.from, target) > 0) continue;
      problem(
        "stage-extra",
        `the stage from "${s.fromText}" (${s.stage || "no stage"}) matches no spec up to ${at2}`,
        s.line,
        void 0,
        s.from
      );
    }
  }
  return problems;
}

// src/criteria/website/gate-page.ts
function gatePage(ctx, file) {
  return ctx.memo(`gate-page:${file}`, async () => {
    const text2 = await ctx.repo.read(file);
    return text2 === void 0 ? void 0 : readGatePage(file, text2);
  });
}
function expectedLadder(ctx) {
  const begun = ctx.policy.website.gatePage.stages.map((s) => ({ stage: s.stage, defaultValue: s.defaultValue, from: ctx.stageVersion(s.from) })).filter((s) => isAtLeast(ctx.target, s.from));
  return begun.map((s, i) => {
    const next = begun[i + 1];
    return next ? { ...s, to: { major: next.from.major, minor: next.from.minor - 1 } } : s;
  });
}
var docsFeatureGatePage = {
  id: "docs-feature-gate-page",
  repo: "website",
  explain: "Stage 2 on: the KubeProxyIPVS feature gate page exists and its front matter's stages match the gate's state at the release (deprecated and on, then off from stage 3); from cleanup it is marked removed: true.",
  async check(ctx) {
    const { file, removedFrom } = ctx.policy.website.gatePage;
    const page = await gatePage(ctx, file);
    if (!page)
      return fail(`${file} does not exist; the ${ctx.policy.gate} gate needs its page`, [{ file }]);
    if (!page.frontMatter)
      return fail(`${file} has no front matter (--- stages: \u2026 ---)`, [{ file, line: 1 }]);
    const removal = ctx.stageVersion(removedFrom);
    if (isAtLeast(ctx.target, removal)) {
      return page.removed ? pass(`${file}:${page.removedLine} marks the gate removed: true`, [
        { file, line: page.removedLine, note: "removed: true" }
      ]) : fail(
        `${file} is not marked removed: true; the gate is gone from ${formatMinor(removal)}`,
        [{ file, line: page.removedLine ?? 1 }]
      );
    }
    if (page.removed) {
      return fail(
        `${file}:${page.removedLine} marks the gate removed: true before ${formatMinor(removal)}`,
        [{ file, line: page.removedLine }]
      );
    }
    return compareLadder(ctx, page);
  }
};
function compareLadder(ctx, page) {
  const { file, stages, stagesLine } = page;
  if (!stages) {
    return fail(`${file} has no stages: list in its front matter`, [{ file, line: stagesLine }]);
  }
  const expected = expectedLadder(ctx);
  if (expected.length === 0) return { skipped: "no stage of the gate has begun at this release" };
  const at2 = formatMinor(ctx.target);
  const problems = compareStages(page, stages, expected, ctx.target, {
    lastStage: "covering",
    reportExtra: false
  });
  if (problems.length > 0) {
    return fail(
      `${file}: ${problems.map((p) => p.message).join("; ")}`,
      problems.map((p) => ({ file, line: p.line, note: p.message }))
    );
  }
  const last = expected[expected.length - 1];
  const lastStage = stageFrom(stages, last.from);
  return pass(`${file} stages match ${at2}: ${expected.map(describeStage).join(", ")}`, [
    { file, line: lastStage?.line ?? stagesLine, note: describeStage(last) }
  ]);
}

// src/criteria/website/modes-page.ts
var docsDeprecationNotice = {
  id: "docs-deprecation-notice",
  repo: "website",
  explain: "Stage 1: the IPVS proxy mode section of the Service proxies reference is marked deprecated (a feature-state shortcode or a deprecation note).",
  async check(ctx) {
    const found = await ipvsSection(ctx);
    if (isOutcome(found)) return found;
    const { page, section } = found;
    const rules = ctx.policy.website.deprecation;
    const since = ctx.stageVersion(rules.since);
    const file = page.file;
    const wrongVersion = [];
    let note;
    for (const code2 of section.shortcodes) {
      if (code2.closing) continue;
      if (code2.name === rules.shortcode && code2.params.state?.toLowerCase() === rules.state) {
        const version = parseMinor(code2.params.for_k8s_version ?? "");
        if (version && compareMinor(version, since) === 0) {
          return pass(
            `${file}:${code2.line} marks IPVS proxy mode ${rules.state} since ${vRelease(since)}`,
            [{ file, line: code2.line, note: `{{< ${code2.name} state="${code2.params.state}" >}}` }]
          );
        }
        wrongVersion.push({
          file,
          line: code2.line,
          note: `for_k8s_version="${code2.params.for_k8s_version ?? ""}"`
        });
      }
      if (!note && rules.noteShortcodes.includes(code2.name)) {
        const said = rendered(shortcodeBody(page, code2)).find(
          (l) => lowerIncludes2(l.text, rules.words)
        );
        if (said) note = { shortcode: code2, said };
      }
    }
    if (wrongVersion.length > 0) {
      return fail(
        `the ${rules.shortcode} shortcode at ${file}:${wrongVersion[0].line} names ${wrongVersion[0].note}; ipvs mode was deprecated in ${vRelease(since)}`,
        wrongVersion
      );
    }
    if (note) {
      const { shortcode, said } = note;
      return pass(
        `the {{< ${shortcode.name} >}} at ${file}:${shortcode.line} says IPVS proxy mode is ${rules.words[0]}`,
        [{ file, line: said.line, note: said.text.trim() }]
      );
    }
    return fail(
      `the IPVS proxy mode section at ${file}:${section.heading.line} has no {{< ${rules.shortcode} for_k8s_version="${vRelease(since)}" state="${rules.state}" >}} and no ${rules.noteShortcodes.join("/")} saying it is ${rules.words.join(" or ")}`,
      [{ file, line: section.heading.line }]
    );
  }
};
var docsAnnounceSchedule = {
  id: "docs-announce-schedule",
  repo: "website",
  explain: "Stage 2: the IPVS section names the release that disables ipvs mode by default, the release that removes it, and the KubeProxyIPVS feature gate.",
  async check(ctx) {
    const found = await ipvsSection(ctx);
    if (isOutcome(found)) return found;
    const { page, section } = found;
    const lines = rendered(section.lines);
    const wanted = [
      ...ctx.policy.website.announce.map((stage) => {
        const release2 = formatMinor(ctx.stageVersion(stage));
        return { what: `v${release2}`, test: (t) => namesRelease(t, release2) };
      }),
      { what: `the ${ctx.policy.gate} gate`, test: (t) => containsWord(t, ctx.policy.gate) }
    ];
    const evidence = [];
    const missing2 = [];
    for (const w of wanted) {
      const at2 = lines.find((l) => w.test(l.text));
      if (at2) evidence.push({ file: page.file, line: at2.line, note: `names ${w.what}` });
      else missing2.push(w.what);
    }
    if (missing2.length > 0) {
      return fail(
        `the IPVS proxy mode section at ${page.file}:${section.heading.line} does not name ${missing2.join(" or ")}; it must name ${wanted.map((w) => w.what).join(", ")}`,
        [{ file: page.file, line: section.heading.line }, ...evidence]
      );
    }
    return pass(
      `the IPVS proxy mode section of ${page.file} names ${wanted.map((w) => w.what).join(", ")}`,
      evidence
    );
  }
};
var AUXILIARY_WINDOW = 200;
function phraseUse(sentence, phrases, future) {
  const lower = sentence.toLowerCase();
  const auxiliary = new RegExp(
    `(?<![\\w])(?:${future.auxiliaries.map(escapeRegExp).join("|")})\\s+(?:[\\w-]+\\s+)?(?:be\\s+)?[*_\\s]*$`,
    "i"
  );
  let leadInEnd = Infinity;
  for (const leadIn of future.leadIns) {
    const found = lower.indexOf(leadIn.toLowerCase());
    if (found !== -1) leadInEnd = Math.min(leadInEnd, found + leadIn.length);
  }
  const isFuture = (at2) => leadInEnd <= at2 || auxiliary.test(lower.slice(Math.max(0, at2 - AUXILIARY_WINDOW - 1), at2));
  let futureOnly;
  for (const phrase of phrases) {
    const wanted = phrase.toLowerCase();
    for (let at2 = lower.indexOf(wanted); at2 !== -1; at2 = lower.indexOf(wanted, at2 + 1)) {
      if (!isFuture(at2)) return { phrase, future: false, at: at2 };
      futureOnly ??= { phrase, future: true, at: at2 };
    }
  }
  return futureOnly;
}
function lineAt(paragraph2, offset) {
  let start = 0;
  for (const l of paragraph2.lines) {
    const end = start + l.text.trim().length;
    if (offset <= end) return l.line;
    start = end + 1;
  }
  return paragraph2.line;
}
var docsDisabledByDefault = {
  id: "docs-disabled-by-default",
  repo: "website",
  explain: "Stage 3: the IPVS section says ipvs mode is now disabled by default and that using it needs the KubeProxyIPVS feature gate.",
  async check(ctx) {
    const found = await ipvsSection(ctx);
    if (isOutcome(found)) return found;
    const { page, section } = found;
    const { phrases, future } = ctx.policy.website.disabledByDefault;
    const gate = ctx.policy.gate;
    let futureOnly;
    let withoutGate;
    for (const paragraph2 of paragraphs(section.lines)) {
      let cursor = 0;
      const namesGate = containsWord(paragraph2.text, gate);
      for (const sentence of paragraph2.text.split(/(?<=[.!?;])\s+/)) {
        const start = paragraph2.text.indexOf(sentence, cursor);
        cursor = start + sentence.length;
        const use = phraseUse(sentence, phrases, future);
        if (!use) continue;
        const { phrase } = use;
        const line = lineAt(paragraph2, start + use.at);
        const place3 = { file: page.file, line, note: sentence };
        if (use.future) {
          futureOnly ??= place3;
          continue;
        }
        if (!namesGate) {
          withoutGate ??= place3;
          continue;
        }
        return pass(`${page.file}:${line} says ipvs mode is ${phrase} and needs the ${gate} gate`, [
          place3
        ]);
      }
    }
    const at2 = formatMinor(ctx.target);
    if (withoutGate) {
      return fail(
        `${page.file}:${withoutGate.line} says ipvs mode is disabled by default but not that it needs the ${gate} feature gate`,
        [withoutGate]
      );
    }
    if (futureOnly) {
      return fail(
        `${page.file}:${futureOnly.line} still says ipvs mode will be disabled by default; at ${at2} it is, and needs the ${gate} gate`,
        [futureOnly]
      );
    }
    return fail(
      `the IPVS proxy mode section at ${page.file}:${section.heading.line} does not say ipvs mode is disabled by default (${phrases.map((p) => `"${p}"`).join(", ")}) and needs the ${gate} gate`,
      [{ file: page.file, line: section.heading.line }]
    );
  }
};

// src/criteria/website/sweep.ts
var MAX_LISTED2 = 100;
var MAX_NOTE = 160;
var REMOVED_MARK = "removed: true";
function remainingMentions(ctx) {
  return ctx.memo("website-ipvs-mentions", async () => {
    const { sweep } = ctx.policy.website;
    const patterns = sweep.patterns.map((p) => p.toLowerCase());
    const found = await ctx.repo.grep({
      patterns: sweep.allowRemovedPages ? [...patterns, REMOVED_MARK] : patterns,
      ignoreCase: true,
      include: sweep.include,
      exclude: sweep.allow.map((a) => a.path)
    });
    const gate = new RegExp(ctx.policy.gate, "gi");
    const hits = found.filter((h) => {
      const rest = h.text.replace(gate, "").toLowerCase();
      return patterns.some((p) => rest.includes(p));
    });
    const mentioning = new Set(filesOf(hits));
    const marked = filesOf(found.filter((h) => h.text.includes(REMOVED_MARK)));
    const removed = /* @__PURE__ */ new Set();
    await Promise.all(
      marked.filter((file) => mentioning.has(file)).map(async (file) => {
        const page = await markdownPage(ctx, file);
        if (page?.frontMatter?.data.removed === true) removed.add(file);
      })
    );
    return hits.filter((h) => !removed.has(h.file));
  });
}
function at(hit) {
  const text2 = hit.text.trim();
  return {
    file: hit.file,
    line: hit.line,
    note: text2.length > MAX_NOTE ? `${text2.slice(0, MAX_NOTE)}\u2026` : text2
  };
}
function summary(hits) {
  const files = filesOf(hits);
  const shown = files.slice(0, 3).join(", ");
  return `${hits.length} line(s) in ${files.length} file(s): ${shown}${files.length > 3 ? ", \u2026" : ""}`;
}
var docsIpvsRemoved = {
  id: "docs-ipvs-removed",
  repo: "website",
  explain: "Stage 4: with ipvs mode gone, the docs no longer describe it; every remaining mention outside the allow-list is listed (localized trees as warnings by default).",
  async check(ctx) {
    const { sweep } = ctx.policy.website;
    const hits = await remainingMentions(ctx);
    const english = hits.filter((h) => h.file.startsWith(sweep.englishPrefix));
    const localized = hits.filter((h) => !h.file.startsWith(sweep.englishPrefix));
    const evidence = [...english, ...localized].slice(0, MAX_LISTED2).map(at);
    const localizedFails = sweep.localizedSeverity === "error";
    if (english.length > 0) {
      const also = localized.length > 0 ? `; localized: ${summary(localized)}` : "";
      return fail(
        `IPVS mode is still mentioned in the English docs: ${summary(english)}${also}`,
        evidence
      );
    }
    if (localized.length > 0 && localizedFails) {
      return fail(`IPVS mode is still mentioned in localized docs: ${summary(localized)}`, evidence);
    }
    if (localized.length > 0) {
      return warn(
        `no English docs mention IPVS mode, but localized docs still do: ${summary(localized)} (left to their translators)`,
        evidence
      );
    }
    return pass(
      `no docs under ${sweep.include.join(", ")} mention IPVS mode outside the allow-list`
    );
  }
};

// src/criteria/website/index.ts
var WEBSITE_CRITERIA = [
  docsDeprecationNotice,
  docsAnnounceSchedule,
  docsFeatureGatePage,
  migrationBlogPost,
  docsDisabledByDefault,
  docsIpvsRemoved
];

// src/criteria/registry.ts
var CRITERIA = [
  kubeProxyWarns,
  nftablesBackports,
  gateDeclared,
  gateSpec,
  warningAnnouncesSchedule,
  ipvsModeRequiresGate,
  ipvsPackageRemoved,
  ipvsFlagsNoop,
  gateRemoved,
  noEarlyDefaultOff,
  noEarlyLock,
  noEarlyRemoval,
  ...WEBSITE_CRITERIA
];
var CRITERION_IDS = CRITERIA.map((c) => c.id);

// src/policy/load.ts
var import_yaml4 = __toESM(require_dist(), 1);
import nodePath3 from "node:path";

// src/policy/kep-5495-backports.ts
var BACKPORTS = {
  remote: "origin",
  mainBranch: "master",
  branches: ["release-1.34", "release-1.33"],
  paths: ["pkg/proxy/nftables/"],
  sinceBranchPoint: "release-1.33",
  cutoffs: {},
  fixes: [],
  bugLabel: "kind/bug",
  fixPattern: "\\bfix(es|ed|ing)?\\b",
  exemptions: []
};

// src/policy/gates.ts
var GATES = {
  listRepository: "kubernetes/kubernetes",
  website: {
    content: "content",
    english: "en",
    pages: "docs/reference/command-line-tools-reference/feature-gates"
  },
  enhancements: {
    keps: "keps",
    exclude: ["keps/NNNN-kep-template/**"]
  },
  deviations: [
    {
      finding: "stage-missing",
      version: "1.0",
      reason: 'a gate that was GA before Kubernetes versioned its gates carries a "1.0" GA spec in the code; its page may start at the stage it was documented from (AllowDNSOnlyNodeCSR, KubeProxyIPVS)'
    },
    ...["CPUManagerPolicy*Options", "TopologyManagerPolicy*Options"].map((gate) => ({
      gate,
      rule: "kep-list",
      reason: "these gates guard the policy options of many KEPs; an option graduates by moving from the alpha to the beta options gate, not by the gate's own pre-release"
    }))
  ]
};

// src/policy/kep-5495-website.ts
var WEBSITE = {
  modesPage: "content/en/docs/reference/networking/virtual-ips.md",
  section: { anchors: ["proxy-mode-ipvs"], headings: ["IPVS proxy mode", "`ipvs` proxy mode"] },
  deprecation: {
    shortcode: "feature-state",
    state: "deprecated",
    since: "1",
    noteShortcodes: ["note", "caution", "warning"],
    words: ["deprecated"]
  },
  announce: ["3", "4"],
  disabledByDefault: {
    phrases: [
      "disabled by default",
      "off by default",
      "not enabled by default",
      "defaults to false",
      "default value of false"
    ],
    future: {
      auxiliaries: ["will", "shall", "going to", "planned to", "scheduled to", "set to"],
      leadIns: ["in a future release", "in an upcoming release", "in a later release"]
    }
  },
  gatePage: {
    file: "content/en/docs/reference/command-line-tools-reference/feature-gates/KubeProxyIPVS.md",
    stages: [
      { stage: "deprecated", defaultValue: true, from: "2" },
      { stage: "deprecated", defaultValue: false, from: "3" }
    ],
    removedFrom: "cleanup"
  },
  blog: {
    dir: "content/en/blog/_posts/",
    titleWords: ["ipvs"],
    targets: ["nftables", "iptables"],
    migrationWords: ["migrat", "switch", "moving"],
    explains: ["scheduler"],
    unfinishedMarkers: ["FIXME", "TODO", "TBD"]
  },
  sweep: {
    include: ["content/*/docs/**"],
    patterns: ["ipvs"],
    englishPrefix: "content/en/",
    allow: [
      {
        path: "content/*/docs/reference/config-api/kube-proxy-config.*.md",
        reason: "generated reference of the kube-proxy configuration API"
      },
      {
        path: "content/*/docs/reference/command-line-tools-reference/kube-proxy.md",
        reason: "generated reference of the kube-proxy flags (the --ipvs-* flags stay as no-ops)"
      },
      {
        path: "content/*/docs/reference/setup-tools/kubeadm/generated/**",
        reason: "generated kubeadm reference"
      },
      { path: "content/*/docs/setup/release/**", reason: "release notes" },
      { path: "content/*/blog/**", reason: "blog posts record history" }
    ],
    allowRemovedPages: true,
    localizedSeverity: "warning"
  }
};
var WEBSITE_CRITERIA2 = {
  "docs-deprecation-notice": { stage: "1", due: { from: "1", until: "4" }, severity: "error" },
  "docs-announce-schedule": { stage: "2", due: { from: "2", until: "4" }, severity: "error" },
  "docs-feature-gate-page": { stage: "2", due: { from: "2" }, severity: "error" },
  "migration-blog-post": { stage: "2", due: { from: "2" }, severity: "error" },
  "docs-disabled-by-default": { stage: "3", due: { from: "3", until: "4" }, severity: "error" },
  "docs-ipvs-removed": { stage: "4", due: { from: "4" }, severity: "error" }
};

// src/policy/kep-5495.ts
var IPVS_FLAGS = [
  "ipvs-scheduler",
  "ipvs-sync-period",
  "ipvs-min-sync-period",
  "ipvs-exclude-cidrs",
  "ipvs-strict-arp",
  "ipvs-tcp-timeout",
  "ipvs-tcpfin-timeout",
  "ipvs-udp-timeout"
];
var KEP_5495 = {
  name: "kep-5495",
  kep: "5495",
  title: "Deprecate ipvs mode in kube-proxy",
  gate: "KubeProxyIPVS",
  stages: { "1": "1.35", "2": "1.37", "3": "1.40", "4": "1.43", cleanup: "1.46" },
  kubernetes: {
    featureFiles: ["pkg/features/kube_features.go", "pkg/features/versioned_kube_features.go"],
    featureLists: [
      "test/compatibility_lifecycle/reference/versioned_feature_list.yaml",
      "test/featuregates_linter/test_data/versioned_feature_list.yaml",
      "test/featuregates_linter/test_data/unversioned_feature_list.yaml"
    ],
    excludeGo: ["vendor/**", "**/*_test.go", "**/testdata/**", "third_party/**"],
    warning: {
      paths: ["cmd/kube-proxy/", "pkg/proxy/"],
      mustSay: ["ipvs", "deprecated"],
      pointsAt: ["nftables"],
      logCalls: [
        "Info",
        "Infof",
        "InfoS",
        "Infoln",
        "Warning",
        "Warningf",
        "WarningS",
        "Warningln",
        "Error",
        "Errorf",
        "ErrorS",
        "Errorln"
      ],
      eventCalls: ["Event", "Eventf", "AnnotatedEventf"]
    },
    // Stage 4's text says "LockToDefault: false"; stage 2 and Kubernetes' gate lifecycle (lock
    // before removal) say true. The policy follows stage 2 (CRITERIA.md section 3).
    gateSpec: [
      {
        from: "2",
        until: "3",
        default: true,
        lockToDefault: false,
        preRelease: ["GA", "Deprecated"]
      },
      { from: "3", until: "4", default: false, lockToDefault: false, preRelease: ["Deprecated"] },
      {
        from: "4",
        until: "cleanup",
        default: false,
        lockToDefault: true,
        preRelease: ["Deprecated"]
      }
    ],
    announce: [
      { from: "2", until: "3", names: ["3", "4"] },
      { from: "3", until: "4", names: ["4"] }
    ],
    modeValidation: {
      paths: [
        "pkg/proxy/apis/config/validation/validation.go",
        "cmd/kube-proxy/app/server.go",
        "cmd/kube-proxy/app/server_linux.go",
        "cmd/kube-proxy/app/options.go"
      ],
      ipvsMode: ["ProxyModeIPVS", "ipvs"],
      validModes: ["iptables", "nftables"],
      errorCalls: [
        "field.Invalid",
        "field.NotSupported",
        "field.Forbidden",
        "fmt.Errorf",
        // The message is read through the Go value reader: built in a variable, from constants,
        // with fmt.Sprintf or strings.Join over a set of modes, it counts as the text users see.
        "errors.New"
      ]
    },
    ipvsPackage: "pkg/proxy/ipvs",
    ipvsImport: "k8s.io/kubernetes/pkg/proxy/ipvs",
    flags: {
      file: "cmd/kube-proxy/app/options.go",
      names: IPVS_FLAGS,
      configType: "KubeProxyIPVSConfiguration",
      configTypeFiles: [
        "pkg/proxy/apis/config/types.go",
        "staging/src/k8s.io/kube-proxy/config/v1alpha1/types.go"
      ]
    }
  },
  website: WEBSITE,
  backports: BACKPORTS,
  gates: GATES,
  criteria: {
    ...WEBSITE_CRITERIA2,
    "kube-proxy-warns": { stage: "1", due: { from: "1", until: "4" }, severity: "error" },
    "nftables-backports": { stage: "1", due: { from: "1" }, severity: "error" },
    "gate-declared": { stage: "2", due: { from: "2", until: "cleanup" }, severity: "error" },
    "gate-spec": { stage: "2", due: { from: "2", until: "cleanup" }, severity: "error" },
    "warning-announces-schedule": { stage: "2", due: { from: "2", until: "4" }, severity: "error" },
    "ipvs-mode-requires-gate": { stage: "3", due: { from: "3", until: "4" }, severity: "error" },
    "ipvs-package-removed": { stage: "4", due: { from: "4" }, severity: "error" },
    "ipvs-flags-noop": { stage: "4", due: { from: "4" }, severity: "warning" },
    "gate-removed": { stage: "cleanup", due: { from: "cleanup" }, severity: "error" },
    "no-early-default-off": { stage: "3", due: { until: "3" }, severity: "error" },
    "no-early-lock": { stage: "4", due: { until: "4" }, severity: "error" },
    "no-early-removal": { stage: "4", due: { until: "cleanup" }, severity: "error" }
  },
  exemptions: []
};

// src/policy/load.ts
async function loadPolicy(knownCriteria, override) {
  if (!override) return structuredClone(KEP_5495);
  const { file, text: text2 } = override;
  if (text2.includes("\0")) throw new UserError(`${file}: is not a text file; a policy is YAML`);
  const lines = new import_yaml4.LineCounter();
  const doc = (0, import_yaml4.parseDocument)(text2, { lineCounter: lines, prettyErrors: true, uniqueKeys: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0].line;
    throw new UserError(
      `${file}${line ? `:${line}` : ""}: not valid YAML: ${yamlReason(syntax.message)}`
    );
  }
  const twice = duplicateKeyProblem(doc, lines);
  if (twice) throw new UserError(`${file}:${twice.line}: not valid YAML: ${twice.reason}; keep one`);
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new UserError(`${file}: not usable as a policy: ${yamlReason(oneLine(error))}`);
  }
  if (data !== null && data !== void 0 && !isPlainObject(data)) {
    throw new UserError(
      `${file}:1: a policy file is a mapping of keys (stages, kubernetes, criteria, exemptions)`
    );
  }
  const merged = mergeOverride(structuredClone(KEP_5495), data ?? {});
  const locate = (path) => `${file}${lineOf(doc, lines, path)}`;
  const { policySchema } = await import("./schema-YIE2VTLB.js");
  const parsed = policySchema.safeParse(merged);
  const unknown = (path) => path[0] === "criteria" && typeof path[1] === "string" && !knownCriteria.includes(path[1]);
  const problems = parsed.success ? [] : parsed.error.issues.filter((i) => !unknown(i.path)).map((i) => describe(i, locate));
  problems.push(...unknownCriteria(merged, knownCriteria, locate));
  if (parsed.success) problems.push(...crossChecks(parsed.data, knownCriteria, locate));
  if (problems.length > 0 || !parsed.success) {
    throw new UserError(`the policy is not valid: ${problems.join("; ")}`);
  }
  return parsed.data;
}
function crossChecks(policy, knownCriteria, locate) {
  const problems = [];
  const known2 = new Set(knownCriteria);
  policy.exemptions.forEach((e, i) => {
    if (!known2.has(e.criterion)) {
      problems.push(
        `${locate(["exemptions", i, "criterion"])}: exemptions[${i}].criterion: "${e.criterion}" is not a criterion id`
      );
    }
  });
  const versions = Object.entries(policy.stages);
  for (let i = 1; i < versions.length; i++) {
    const [prevId, prev] = versions[i - 1];
    const [id, current] = versions[i];
    const [pa, pb] = prev.split(".").map(Number);
    const [ca, cb] = current.split(".").map(Number);
    if (ca < pa || ca === pa && cb <= pb) {
      problems.push(
        `${locate(["stages", id])}: stages.${id}: ${current} must come after stage ${prevId} (${prev})`
      );
    }
  }
  return problems;
}
function unknownCriteria(merged, knownCriteria, locate) {
  const criteria = isPlainObject(merged) ? merged.criteria : void 0;
  if (!isPlainObject(criteria)) return [];
  return Object.keys(criteria).filter((id) => !knownCriteria.includes(id)).map(
    (id) => `${locate(["criteria", id])}: criteria.${id}: no such criterion (known: ${knownCriteria.join(", ")})`
  );
}
function describe(issue, locate) {
  const path = issue.path;
  const key = path.length ? path.map(String).join(".") : "(top level)";
  let message = issue.message;
  if (issue.code === "unrecognized_keys") {
    message = `unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")} (check the spelling)`;
    return `${locate([...path, issue.keys[0]])}: ${key}: ${message}`;
  }
  return `${locate(path)}: ${key}: ${message}`;
}
function lineOf(doc, lines, path) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    const pair = depth > 0 ? keyNode(doc, path.slice(0, depth)) : void 0;
    const offset = pair?.range?.[0] ?? node?.range?.[0];
    if (offset !== void 0) return `:${lines.linePos(offset).line}`;
  }
  return "";
}
function keyNode(doc, path) {
  const parent = doc.getIn(path.slice(0, -1), true);
  if (!(0, import_yaml4.isMap)(parent)) return void 0;
  const last = String(path[path.length - 1]);
  const pair = parent.items.find(
    (p) => String(p.key?.value ?? p.key) === last
  );
  return pair?.key;
}
function mergeOverride(base, override) {
  if (isPlainObject(base) && isPlainObject(override)) {
    const out = { ...base };
    for (const [key, value] of Object.entries(override)) out[key] = mergeOverride(base[key], value);
    return out;
  }
  return override === void 0 ? base : override;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
async function readPlainPolicy(file) {
  return {
    file: nodePath3.relative(process.cwd(), nodePath3.resolve(file)) || file,
    text: await readNamedFile(
      nodePath3.resolve(file),
      `policy file "${file}"`,
      "give a path to a YAML file"
    )
  };
}

// src/check.ts
import { promises as fs4 } from "node:fs";
import nodePath4 from "node:path";

// src/evaluate.ts
var OTHER_REPO = {
  kubernetes: "kubernetes/kubernetes",
  website: "kubernetes/website"
};
async function evaluate(input) {
  const { policy, repo, kind, target, criteria } = input;
  const memos = /* @__PURE__ */ new Map();
  const ctx = {
    repo,
    policy,
    target,
    github: input.github,
    stageVersion: (stage) => stageVersion(policy, stage),
    memo(key, compute) {
      let value = memos.get(key);
      if (!value) {
        value = compute();
        memos.set(key, value);
      }
      return value;
    }
  };
  const errors = [];
  const results = await Promise.all(
    criteria.map(async (criterion) => {
      const rules = policy.criteria[criterion.id];
      if (!rules) return void 0;
      const window = windowAt(policy, rules, target);
      if (window.state === "closed") return void 0;
      const base = {
        id: criterion.id,
        stage: rules.stage,
        severity: rules.severity,
        explain: explainOf(criterion, policy),
        due: window.due
      };
      if (rules.enabled === false) {
        return { ...base, status: "skipped", message: "disabled by the policy", evidence: [] };
      }
      if (window.state === "next") {
        return { ...base, status: "next", message: `due from ${window.due.from}`, evidence: [] };
      }
      if (criterion.repo !== kind) {
        return {
          ...base,
          status: "skipped",
          message: `checked in ${OTHER_REPO[criterion.repo]}`,
          evidence: []
        };
      }
      const exemption = policy.exemptions.find((e) => e.criterion === criterion.id);
      if (exemption) {
        return { ...base, status: "exempt", message: `exempt: ${exemption.reason}`, evidence: [] };
      }
      const outcome = await runCheck(criterion, ctx);
      if ("error" in outcome) {
        errors.push(outcome.error);
        return {
          ...base,
          status: rules.severity === "warning" ? "warning" : "fail",
          message: `could not be checked: ${outcome.error}`,
          evidence: outcome.evidence
        };
      }
      if ("skipped" in outcome)
        return { ...base, status: "skipped", message: outcome.skipped, evidence: [] };
      const status = outcome.pass ? outcome.warning ? "warning" : "pass" : rules.severity === "warning" ? "warning" : "fail";
      const details = outcome.details?.length ? { details: outcome.details } : {};
      return { ...base, status, message: outcome.message, evidence: outcome.evidence, ...details };
    })
  );
  const listed = results.filter((r) => r !== void 0);
  return {
    kep: policy.kep,
    title: policy.title,
    policy: policy.name,
    target: formatMinor(target),
    targetSource: input.targetSource,
    kind,
    stage: currentStage(policy, target),
    // A checkout that could not be read is no pass, whatever the severity of what it broke.
    result: listed.some((r) => r.status === "fail") || errors.length > 0 ? "fail" : "pass",
    criteria: listed,
    errors: [...new Set(errors)]
  };
}
async function runCheck(criterion, ctx) {
  try {
    return await criterion.check(ctx);
  } catch (error) {
    const place3 = error;
    const evidence = typeof place3.file === "string" ? [{ file: place3.file, line: typeof place3.line === "number" ? place3.line : void 0 }] : [];
    const known2 = error instanceof UserError || evidence.length > 0;
    return {
      error: known2 ? oneLine(error) : `internal error in kep-gate (please report it): ${oneLine(error)}`,
      evidence
    };
  }
}

// src/target/kind.ts
var REPO_KINDS = ["kubernetes", "website"];
async function detectKind(repo, override) {
  const wanted = override?.trim().toLowerCase();
  if (wanted && wanted !== "auto") {
    if (REPO_KINDS.includes(wanted)) return wanted;
    throw new UserError(`repo-kind "${override}" is not known: use kubernetes, website or auto`);
  }
  const [features, kubeProxy, docs] = await Promise.all([
    repo.exists("pkg/features/kube_features.go"),
    repo.exists("cmd/kube-proxy"),
    repo.exists("content/en/docs")
  ]);
  if (features || kubeProxy) return "kubernetes";
  if (docs) return "website";
  throw new UserError(
    "cannot tell what this checkout is: it has neither pkg/features/kube_features.go nor cmd/kube-proxy/ (kubernetes/kubernetes) nor content/en/docs/ (kubernetes/website); check out one of them or set repo-kind"
  );
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit2(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit2(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit2(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit2(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit2(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit2(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table2, meta, type) {
  let t = table2;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/target/resolve.ts
async function resolveTarget(sources) {
  if (sources.explicit?.trim()) {
    const value = sources.explicit.trim();
    const target = parseMinor(value);
    if (!target) {
      throw new UserError(
        `${sources.explicitLabel ?? "target-release"} "${value}" is not a release: use ${ACCEPTED_TARGET_FORMS}`
      );
    }
    return { target, source: `${sources.explicitLabel ?? "target-release"} ${value}` };
  }
  const milestone2 = sources.milestone?.trim();
  if (milestone2 && /^v?\d/.test(milestone2)) {
    const target = parseMinor(milestone2);
    if (!target) {
      throw new UserError(
        `the pull request's milestone "${milestone2}" is not a release: name milestones like v1.40, or set target-release`
      );
    }
    return { target, source: `milestone ${milestone2}` };
  }
  const branchPrefix = sources.kind === "website" ? "dev-" : "release-";
  const branches = [sources.baseRef, sources.ref].map(branchName).filter((b) => b !== void 0);
  for (const branch of branches) {
    const target = branch.startsWith(branchPrefix) ? parseMinor(branch) : void 0;
    if (target) return { target, source: `branch ${branch}` };
  }
  if (sources.kind === "kubernetes") {
    const described = (await sources.describe())?.trim();
    const target = described ? parseMinor(described) : void 0;
    if (target) return { target, source: `git describe ${described}` };
  } else {
    const latest = latestFromHugo(await sources.hugoToml());
    const target = latest ? parseMinor(latest) : void 0;
    if (target) return { target, source: `hugo.toml latest = "${latest}"` };
  }
  throw new UserError(
    `cannot tell which release this checkout targets (no milestone, no ${branchPrefix}X.Y branch, ${sources.kind === "kubernetes" ? "no v1.X tag reachable" : "no latest version in hugo.toml"}): set target-release (or --target) to ${ACCEPTED_TARGET_FORMS}`
  );
}
function branchName(ref) {
  return ref?.trim().replace(/^refs\/heads\//, "") || void 0;
}
function latestFromHugo(toml) {
  if (!toml) return void 0;
  let data;
  try {
    data = parse(toml);
  } catch (error) {
    const line = error instanceof TomlError ? error.line : void 0;
    const reason = oneLine(error.message.split("\n")[0]).replace(
      /^Invalid TOML document: /,
      ""
    );
    throw new DataError("hugo.toml", line, `is not valid TOML: ${reason}`);
  }
  const latest = data.params?.latest;
  return typeof latest === "string" ? latest : void 0;
}

// src/check.ts
async function check(settings) {
  const repo = settings.repo ?? await WorktreeRepo.open(settings.repoDir, {
    untracked: settings.untracked,
    fetch: settings.fetch
  });
  const override = settings.policyOverride !== void 0 ? settings.policyOverride ?? void 0 : settings.policy ? await readPolicyFile(repo.root, settings.policyBase, settings.policy) : void 0;
  const policy = await loadPolicy(CRITERION_IDS, override);
  const judge2 = async (kind2) => {
    const { target, source } = await resolveTarget({
      explicit: settings.target,
      explicitLabel: settings.targetLabel,
      milestone: settings.milestone,
      baseRef: settings.baseRef,
      ref: settings.ref,
      kind: kind2,
      describe: () => repo.describe(),
      hugoToml: () => repo.read("hugo.toml")
    });
    return evaluate({
      policy,
      repo,
      kind: kind2,
      target,
      targetSource: source,
      criteria: CRITERIA,
      github: settings.github
    });
  };
  const onDisk = repo instanceof WorktreeRepo ? repo.onDisk() : repo;
  const guess = await detectKind(onDisk, settings.repoKind);
  const tracked = onDisk === repo ? Promise.resolve(guess) : detectKind(repo, settings.repoKind);
  const first = judge2(guess);
  first.catch(() => void 0);
  const kind = await tracked;
  const report = await (kind === guess ? first : judge2(kind));
  return override?.origin ? { ...report, policySource: `${override.file} from ${override.origin}` } : report;
}
async function readPolicyFile(root, base, file) {
  const abs = nodePath4.resolve(base, file);
  let real;
  try {
    real = await fs4.realpath(abs);
  } catch {
    throw new UserError(
      `policy file "${file}" does not exist: give a path to a YAML file inside the repository`
    );
  }
  if (real !== root && !real.startsWith(root + nodePath4.sep)) {
    throw new UserError(
      `policy file "${file}" is outside the repository (${real}): keep the policy file in the checkout`
    );
  }
  const shown = nodePath4.relative(root, real).split(nodePath4.sep).join("/");
  return {
    file: shown,
    text: await readNamedFile(real, `policy file "${shown}"`, "give a path to a YAML file")
  };
}

// src/report/json.ts
function toJson(report) {
  return {
    kep: report.kep,
    policy: report.policy,
    ...report.policySource ? { policySource: report.policySource } : {},
    target: report.target,
    targetSource: report.targetSource,
    kind: report.kind,
    stage: report.stage,
    result: report.result,
    errors: report.errors,
    criteria: report.criteria.map((c) => ({
      id: c.id,
      stage: c.stage,
      status: c.status,
      severity: c.severity,
      message: c.message,
      explain: c.explain,
      due: c.due,
      evidence: c.evidence.map((e) => ({
        file: e.file,
        ...e.line ? { line: e.line } : {},
        ...e.note ? { note: e.note } : {}
      }))
    }))
  };
}
function renderJson(report) {
  return JSON.stringify(toJson(report), null, 2) + "\n";
}

// src/report/gates-types.ts
var GATE_RULES = ["code-list", "list-page", "kep-list"];
var RULE_TITLES = {
  "code-list": "code \u2194 generated list",
  "list-page": "list \u2194 website page",
  "kep-list": "KEP \u2194 list"
};

// src/gates/code-list.ts
function codeListRule(code2, target) {
  if (code2.goFiles.length === 0)
    return { checked: false, why: "no Go feature files (only the generated list)", findings: [] };
  const list2 = code2.list;
  if (!list2) return { checked: false, why: "no generated feature list", findings: [] };
  const findings = [];
  for (const [gate, go] of code2.go) {
    if (list2.broken.has(gate)) continue;
    const entry = list2.gates.get(gate);
    const differences = specDisagreements(go, { file: list2.file, entry }, gate, target);
    if (differences.length === 0) continue;
    const sides = [
      { source: "kubernetes", file: go.file, line: go.entry.line, note: `${gate} in the Go` },
      ...entry ? [
        {
          source: "kubernetes",
          file: list2.file,
          line: entry.line,
          note: `${gate} in the list`
        }
      ] : []
    ];
    findings.push({
      rule: "code-list",
      kind: entry ? "spec-mismatch" : "list-missing",
      severity: "error",
      gate,
      message: entry ? `${list2.file} disagrees with ${go.file} about ${gate}: regenerate the list (hack/update-featuregates.sh) or fix the Go` : `${gate} is in ${go.file} but not in ${list2.file}: regenerate the list (hack/update-featuregates.sh)`,
      evidence: [
        ...sides,
        ...differences.filter((d) => d.line !== void 0).map((d) => ({ source: "kubernetes", ...d }))
      ]
    });
  }
  return { checked: true, findings };
}

// src/gates/glob.ts
var Kind = {
  Literal: 0,
  /** `*`: any run of characters but `/`. */
  Star: 1,
  /** `**`: any run of characters. */
  GlobStar: 2,
  /** `**\/`: nothing, or any run of characters that ends with `/`. */
  Folders: 3
};
function globMatcher(glob) {
  const tokens = tokenize2(glob);
  return { test: (text2) => matches(tokens, text2) };
}
function tokenize2(glob) {
  const tokens = [];
  for (let i = 0; i < glob.length; ) {
    if (glob.startsWith("**/", i)) {
      tokens.push({ kind: Kind.Folders });
      i += 3;
    } else if (glob.startsWith("**", i)) {
      tokens.push({ kind: Kind.GlobStar });
      i += 2;
    } else if (glob[i] === "*") {
      tokens.push({ kind: Kind.Star });
      i++;
    } else {
      tokens.push({ kind: Kind.Literal, char: glob[i] });
      i++;
    }
  }
  return tokens;
}
function matches(tokens, text2) {
  const size = 2 * tokens.length + 2;
  let live = new Uint8Array(size);
  let next = new Uint8Array(size);
  live[0] = 1;
  close(tokens, live);
  for (let t = 0; t < text2.length; t++) {
    const c = text2[t];
    next.fill(0);
    let any = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (live[2 * i]) {
        if (token.kind === Kind.Literal) {
          if (c === token.char) next[2 * i + 2] = 1;
        } else if (token.kind === Kind.Star) {
          if (c !== "/") next[2 * i] = 1;
        } else if (token.kind === Kind.GlobStar) next[2 * i] = 1;
      }
      if (live[2 * i + 1]) {
        next[2 * i + 1] = 1;
        if (c === "/") next[2 * i + 2] = 1;
      }
    }
    close(tokens, next);
    for (let s = 0; s < size && !any; s++) any = next[s] === 1;
    if (!any) return false;
    [live, next] = [next, live];
  }
  return live[2 * tokens.length] === 1;
}
function close(tokens, states) {
  for (let i = 0; i < tokens.length; i++) {
    if (!states[2 * i]) continue;
    const kind = tokens[i].kind;
    if (kind === Kind.Literal) continue;
    states[2 * i + 2] = 1;
    if (kind === Kind.Folders) states[2 * i + 1] = 1;
  }
}

// src/gates/deviations.ts
function applyDeviations(findings, deviations) {
  const matchers = deviations.map((d) => ({ ...d, gates: d.gate ? globMatcher(d.gate) : void 0 }));
  return findings.map((f) => {
    if (f.severity !== "error" && f.severity !== "warning") return f;
    const d = matchers.find(
      (m) => (!m.gates || f.gate !== void 0 && m.gates.test(f.gate)) && (!m.rule || m.rule === f.rule) && (!m.finding || m.finding === f.kind) && (!m.version || m.version === f.version)
    );
    return d ? { ...f, severity: "accepted", reason: d.reason } : f;
  });
}

// src/gates/specs.ts
var PAGE_STAGE = {
  Alpha: "alpha",
  Beta: "beta",
  GA: "stable",
  Deprecated: "deprecated"
};
var KEP_PRE_RELEASE = {
  alpha: "Alpha",
  beta: "Beta",
  stable: "GA"
};
function versionOf(spec) {
  return spec.version === void 0 ? void 0 : parseMinor(spec.version);
}
var ZERO = { major: 0, minor: 0 };
var ordered = /* @__PURE__ */ new WeakMap();
function inOrder(entry) {
  let specs = ordered.get(entry);
  if (!specs) {
    specs = entry.specs.map((spec) => ({ spec, at: versionOf(spec) ?? ZERO })).sort((a, b) => compareMinor(a.at, b.at));
    ordered.set(entry, specs);
  }
  return specs;
}
function specsUpTo(entry, target) {
  return inOrder(entry).filter((s) => compareMinor(s.at, target) <= 0).map((s) => s.spec);
}
function isLive(entry, target) {
  const first = inOrder(entry)[0];
  return first !== void 0 && compareMinor(first.at, target) <= 0;
}
function specAt(entry, at2) {
  return effectiveSpec(entry.specs, formatMinor(at2));
}
function firstVersion(entry) {
  const first = inOrder(entry)[0];
  return first && first.spec.version !== void 0 ? first.at : void 0;
}
function previousMinor(v) {
  return { major: v.major, minor: v.minor - 1 };
}
function expectedStages(entry, target) {
  const specs = specsUpTo(entry, target).filter((s) => versionOf(s));
  return specs.map((spec, i) => {
    const next = specs[i + 1];
    const stage = {
      stage: PAGE_STAGE[spec.preRelease] ?? spec.preRelease.toLowerCase(),
      defaultValue: spec.default,
      from: versionOf(spec),
      locked: spec.lockToDefault,
      ...next ? { to: previousMinor(versionOf(next)) } : {}
    };
    return { stage, spec };
  });
}
function summariseSpec(spec) {
  const since = spec.version ? `, since ${spec.version}` : "";
  return `${spec.preRelease}, default ${spec.default ? "on" : "off"}${spec.lockToDefault ? ", locked" : ""}${since}`;
}

// src/gates/kep-policy.ts
function byOwnPolicy(name, gate, list2, target, policy, kepSide, listSide3) {
  const base = { rule: "kep-list", gate, evidence: [kepSide, listSide3] };
  const expected = gate === policy.gate ? policy.kubernetes.gateSpec.find(
    (e) => isAtLeast(target, stageVersion(policy, e.from)) && isBefore(target, stageVersion(policy, e.until))
  ) : void 0;
  const spec = specAt(list2.entry, target);
  if (expected && (!spec || spec.default !== expected.default || spec.lockToDefault !== expected.lockToDefault || !expected.preRelease.includes(spec.preRelease)))
    return [
      {
        ...base,
        kind: "policy-spec",
        severity: "error",
        message: `at ${formatMinor(target)} the ${policy.name} policy expects ${gate} to be Default: ${expected.default}, LockToDefault: ${expected.lockToDefault}, ${expected.preRelease.join(" or ")}; the code has ${spec ? describeSpec(spec) : "no spec"}`
      }
    ];
  return [
    {
      ...base,
      kind: "own-policy",
      severity: "info",
      message: `${name} is judged by its own policy (${policy.name}: kep-gate check)${expected ? `; ${gate} is as it expects at ${formatMinor(target)}` : ""}`
    }
  ];
}

// src/gates/kep-removal.ts
function removalGate(name, kep, due, gate, list2, kepSide, listSide3) {
  if (due.length === 0) return [];
  const first = [...due].sort((a, b) => compareMinor(a.version, b.version))[0];
  const enters = firstVersion(list2.entry);
  const finding = (kind, severity, message, evidence) => ({
    rule: "kep-list",
    kind,
    severity,
    gate,
    message,
    evidence,
    version: formatMinor(first.version)
  });
  if (enters && isBefore(first.version, enters))
    return [
      finding(
        "gate-late",
        "error",
        `${name}'s first milestone is ${first.key} in ${first.text}, but ${gate} enters the code only at ${formatMinor(enters)}`,
        [kepSide(first.line), listSide3(enters)]
      )
    ];
  const story = due.map((m) => `${m.key} ${m.text}: ${specAt(list2.entry, m.version)?.preRelease ?? "no spec"}`).join(", ");
  return [
    finding(
      "removal-progress",
      "info",
      `${name} (${kep.stage}) \u2014 ${gate} at its milestones: ${story}`,
      [kepSide(first.line), listSide3(void 0)]
    )
  ];
}

// src/gates/kep-list.ts
var FEATURE = /* @__PURE__ */ new Set(["alpha", "beta", "stable"]);
var REMOVAL = /* @__PURE__ */ new Set(["deprecated", "disabled", "removed"]);
var JUDGED_STATUS = /* @__PURE__ */ new Set(["implementable", "implemented"]);
function kepListRule(keps, specs, unreadable4, target, policy) {
  const naming = /* @__PURE__ */ new Map();
  const findings = [];
  for (const { kep } of keps) {
    if (!kep) continue;
    for (const g of kep.featureGates) {
      const named = naming.get(g.name) ?? [];
      named.push(kep);
      naming.set(g.name, named);
    }
    if (kep.status && !JUDGED_STATUS.has(kep.status)) continue;
    findings.push(...judgeKep(kep, specs, unreadable4, target, policy));
  }
  for (const [gate, list2] of specs) {
    if (naming.has(gate) || !isLive(list2.entry, target)) continue;
    findings.push({
      rule: "kep-list",
      kind: "no-kep",
      severity: "info",
      gate,
      message: `no KEP names ${gate}`,
      evidence: [{ source: "kubernetes", file: list2.file, line: list2.entry.line }]
    });
  }
  return { checked: true, findings, naming };
}
function judgeKep(kep, specs, unreadable4, target, policy) {
  const out = [];
  const name = `KEP-${kep.number ?? "?"}`;
  const at2 = formatMinor(target);
  const kepSide = (line, note) => ({
    source: "enhancements",
    file: kep.file,
    line: line ?? 1,
    ...note ? { note } : {}
  });
  const add = (gate, kind, severity, message, evidence, version) => out.push({
    rule: "kep-list",
    kind,
    severity,
    gate,
    message,
    evidence,
    ...version ? { version: formatMinor(version) } : {}
  });
  const stage = kep.stage ?? "";
  const latest = kep.latestMilestone?.version;
  const freeze = latest !== void 0 && compareMinor(latest, target) === 0;
  const due = kep.milestones.filter((m) => m.version && compareMinor(m.version, target) <= 0);
  const live = [];
  for (const gate of kep.featureGates) {
    if (unreadable4.has(gate.name)) continue;
    const list2 = specs.get(gate.name);
    if (!list2 || !isLive(list2.entry, target)) {
      const promised = freeze && (stage === "alpha" || stage === "beta");
      add(
        gate.name,
        promised ? "kep-gate-missing" : "kep-gate-unknown",
        promised ? "error" : "info",
        promised ? `${name} is ${stage} in ${kep.latestMilestone.text} (latest-milestone), but ${gate.name} is not in the code at ${at2}` : `${name} names ${gate.name}, which is not in the code at ${at2} (removed or renamed?)`,
        [kepSide(gate.line, `names ${gate.name}`)]
      );
      continue;
    }
    live.push({ name: gate.name, line: gate.line, list: list2 });
  }
  if (kep.number === policy.kep) {
    for (const g of live)
      out.push(
        ...byOwnPolicy(name, g.name, g.list, target, policy, kepSide(g.line), listSide(g, target))
      );
  } else if (FEATURE.has(stage)) {
    const promise = (key, text2, when, line, freezing) => {
      const want = KEP_PRE_RELEASE[key];
      const known2 = live.map((g) => ({ ...g, spec: specAt(g.list.entry, when) }));
      for (const g of known2.filter((g2) => !g2.spec))
        add(
          g.name,
          "gate-later",
          "info",
          `${name} says ${key} in ${text2}; ${g.name} enters the code only at ${formatMinor(firstVersion(g.list.entry))}`,
          [kepSide(line), listSide(g, void 0)],
          when
        );
      const judged = known2.filter((g) => g.spec);
      if (judged.length === 0 || judged.some((g) => g.spec.preRelease === want)) return;
      const ahead = judged.some((g) => rank(g.spec.preRelease) > rank(want));
      const others = judged.length > 1 ? ` (no gate it names is ${want} then)` : "";
      for (const g of judged) {
        const pre = g.spec.preRelease;
        add(
          g.name,
          `${freezing ? "stage" : "milestone"}-${ahead ? "ahead" : "behind"}`,
          ahead ? "warning" : "error",
          freezing ? `${name} is ${key} in ${text2} (latest-milestone), but at ${formatMinor(when)} the code has ${g.name} at ${pre}${others}: ${ahead ? "update the KEP's stage" : "promote the gate or move the KEP's milestone"}` : `${name} says ${key} in ${text2}, but at ${formatMinor(when)} the code has ${g.name} at ${pre}${others}`,
          [kepSide(line, freezing ? `stage: ${key}` : `${key}: ${text2}`), listSide(g, when)],
          when
        );
      }
    };
    for (const m of due)
      if (KEP_PRE_RELEASE[m.key]) promise(m.key, m.text, m.version, m.line, false);
    const atTarget = (m) => m.key === stage && compareMinor(m.version, target) === 0;
    if (freeze && !due.some(atTarget))
      promise(stage, kep.latestMilestone.text, target, kep.stageLine, true);
  } else if (REMOVAL.has(stage)) {
    for (const g of live)
      out.push(...removalGate(name, kep, due, g.name, g.list, kepSide, (at3) => listSide(g, at3)));
  } else {
    for (const g of live)
      add(
        g.name,
        "kep-stage-unknown",
        "info",
        `${name}'s stage "${stage}" is none of alpha, beta, stable, deprecated, disabled or removed: not judged`,
        [kepSide(kep.stageLine)]
      );
  }
  return out;
}
function listSide(g, at2) {
  const spec = at2 ? specAt(g.list.entry, at2) : void 0;
  return spec ? { source: "kubernetes", file: g.list.file, line: spec.line, note: describeSpec(spec) } : { source: "kubernetes", file: g.list.file, line: g.list.entry.line };
}
var RANKS = { Alpha: 1, Beta: 2, GA: 3, Deprecated: 4 };
function rank(preRelease) {
  return RANKS[preRelease] ?? 0;
}

// src/gates/list-page.ts
function listPageRule(specs, website, target, named, unreadable4) {
  const findings = [];
  const at2 = formatMinor(target);
  for (const [gate, list2] of specs) {
    if (!isLive(list2.entry, target) || website.english.has(gate)) continue;
    findings.push({
      rule: "list-page",
      kind: "page-missing",
      severity: "error",
      gate,
      message: `${gate} is in the code at ${at2} but has no page: add ${website.englishDir}/${gate}.md`,
      evidence: [listSide2(list2, `${gate} in the list`)]
    });
  }
  const pages = [...website.english.values(), ...website.localized];
  for (const page of pages) {
    if (!page.page || unreadable4.has(page.gate)) continue;
    const severity = website.english.get(page.gate) === page ? "error" : "warning";
    const list2 = specs.get(page.gate);
    const found = list2 && isLive(list2.entry, target) ? livePage(page, list2, target) : goneGatePage(page, target, named.has(page.gate), list2 !== void 0);
    for (const f of found) findings.push({ ...f, severity, gate: page.gate });
  }
  return { checked: true, findings };
}
function livePage(facts, list2, target) {
  const page = facts.page;
  const at2 = formatMinor(target);
  const pageSide = (line, note) => ({
    source: "website",
    file: facts.file,
    line: line ?? 1,
    ...note ? { note } : {}
  });
  if (!page.frontMatter)
    return [
      {
        rule: "list-page",
        kind: "page-no-front-matter",
        message: `${facts.file} has no front matter (--- stages: \u2026 ---)`,
        evidence: [pageSide(1), listSide2(list2)]
      }
    ];
  const out = [];
  if (page.removed)
    out.push({
      rule: "list-page",
      kind: "page-removed-early",
      message: `${facts.file} marks ${facts.gate} removed: true, but the code has it at ${at2}`,
      evidence: [pageSide(page.removedLine, "removed: true"), listSide2(list2)]
    });
  if (!page.stages) {
    out.push({
      rule: "list-page",
      kind: "page-no-stages",
      message: `${facts.file} has no stages: list in its front matter`,
      evidence: [pageSide(page.stagesLine), listSide2(list2)]
    });
    return out;
  }
  const expected = expectedStages(list2.entry, target);
  const specOf = new Map(expected.map((e) => [e.stage, e.spec]));
  const problems = compareStages(
    page,
    page.stages,
    expected.map((e) => e.stage),
    target,
    { lastStage: "open", reportExtra: true }
  );
  for (const p of problems) {
    const spec = p.expected ? specOf.get(p.expected) : void 0;
    out.push({
      rule: "list-page",
      kind: p.kind,
      message: p.message,
      evidence: [
        pageSide(p.line),
        spec ? {
          source: "kubernetes",
          file: list2.file,
          line: spec.line,
          note: `${spec.preRelease}, Default: ${spec.default}, LockToDefault: ${spec.lockToDefault}, Version ${spec.version}`
        } : listSide2(list2)
      ],
      ...p.version ? { version: formatMinor(p.version) } : {}
    });
  }
  return out;
}
function goneGatePage(facts, target, named, later) {
  const page = facts.page;
  const at2 = formatMinor(target);
  const out = [];
  for (const s of page.stages ?? []) {
    if (s.from && compareMinor(s.from, target) > 0)
      out.push({
        rule: "list-page",
        kind: "stage-future",
        message: `a stage starts at "${formatMinor(s.from)}", after ${at2}`,
        evidence: [{ source: "website", file: facts.file, line: s.fromLine ?? s.line }],
        version: formatMinor(s.from)
      });
  }
  if (!page.removed && page.frontMatter && !later)
    out.push({
      rule: "list-page",
      kind: named ? "page-not-removed" : "page-stale",
      message: named ? `${facts.gate} is no longer in the code at ${at2}: mark ${facts.file} removed: true` : `${facts.gate} is not a gate of the code at ${at2} (removed or renamed?), and ${facts.file} is not marked removed: true`,
      evidence: [{ source: "website", file: facts.file, line: page.stagesLine }]
    });
  return out;
}
function listSide2(list2, note) {
  return {
    source: "kubernetes",
    file: list2.file,
    line: list2.entry.line,
    ...note ? { note } : {}
  };
}

// src/evidence/kep-yaml.ts
var KEYS2 = /* @__PURE__ */ new Set([
  "kep-number",
  "title",
  "status",
  "stage",
  "latest-milestone",
  "milestone",
  "feature-gates"
]);
function readKep(file, text2) {
  if (text2.includes("\0"))
    throw new DataError(file, void 0, "is not a text file (binary data where YAML was expected)");
  const root = readYamlTree(file, text2, { keys: KEYS2 });
  if (root && root.kind !== "map")
    throw new DataError(
      file,
      root.line,
      "is not a KEP: expected keys such as title, stage and milestone"
    );
  const text_ = (key) => sourceOf(entryOf(root, key)?.value)?.trim();
  const stage = entryOf(root, "stage");
  const latest = entryOf(root, "latest-milestone");
  const milestones = entryOf(root, "milestone")?.value;
  const gates = entryOf(root, "feature-gates")?.value;
  return {
    file,
    number: text_("kep-number") || /\/(\d+)-[^/]*\/kep\.yaml$/.exec(file)?.[1],
    title: text_("title"),
    status: text_("status")?.toLowerCase(),
    stage: stage ? (sourceOf(stage.value) ?? "").trim().toLowerCase() : void 0,
    stageLine: stage?.line,
    latestMilestone: latest ? milestone("latest-milestone", latest) : void 0,
    milestones: milestones?.kind === "map" ? [...milestones.entries].map(([key, entry]) => milestone(key, entry)) : [],
    featureGates: gates?.kind === "seq" ? gates.items.flatMap((item2) => {
      const name = entryOf(item2, "name");
      const value = sourceOf(name?.value)?.trim();
      return name && value ? [{ name: value, line: name.line }] : [];
    }) : []
  };
}
function milestone(key, entry) {
  const text2 = sourceOf(entry.value)?.trim() ?? "";
  return { key, text: text2, version: milestoneVersion(text2), line: entry.line };
}
function milestoneVersion(text2) {
  if (!/^v?\d/.test(text2)) return void 0;
  const version = parseMinor(text2);
  return version && version.major >= 1 ? version : void 0;
}

// src/gates/files.ts
import { lstatSync as lstatSync2, promises as fs5, readdirSync, realpathSync } from "node:fs";
import nodePath5 from "node:path";
async function listFiles(repo, dir, keep) {
  if (!(repo instanceof WorktreeRepo))
    return (await repo.list(dir)).filter((f) => keep(baseName(f))).map((file) => ({ file, kind: "file" }));
  if (!await repo.exists(dir)) return [];
  const out = [];
  const walk = (rel) => {
    let entries;
    try {
      entries = readdirSync(nodePath5.join(repo.root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const file = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(file);
      else if (keep(entry.name))
        out.push({
          file,
          kind: entry.isFile() ? "file" : entry.isSymbolicLink() ? "link" : "other"
        });
    }
  };
  walk(dir.replace(/\/+$/, ""));
  return out.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
function baseName(file) {
  return file.slice(file.lastIndexOf("/") + 1);
}
async function subfolders(root, dir) {
  try {
    const entries = await fs5.readdir(nodePath5.join(root, dir), { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return [];
  }
}
function readAll(repo, files) {
  if (!(repo instanceof WorktreeRepo))
    return Promise.all(files.map((f) => repo.read(f.file).catch((error) => error)));
  return Promise.all(
    files.map(async ({ file, kind }) => {
      const abs = nodePath5.join(repo.root, file);
      try {
        if (kind === "other") throw notRegular(file, lstatSync2(abs));
        if (kind === "file") return readRegularFileSync(abs, file, { noFollow: true });
        if (!await repo.exists(file)) return void 0;
        return readRegularFileSync(realpathSync(abs), file);
      } catch (error) {
        return asError(error, file);
      }
    })
  );
}
function asError(error, file) {
  if (error instanceof DataError) return error;
  const code2 = error.code;
  return new DataError(
    file,
    void 0,
    code2 === "EACCES" || code2 === "EPERM" ? "cannot be read (permission denied)" : `cannot be read (${code2 ?? oneLine(error)})`
  );
}

// src/gates/sources.ts
async function readCode(input, policy) {
  const facts = {
    origin: input.origin,
    goFiles: [],
    go: /* @__PURE__ */ new Map(),
    findings: [],
    errors: []
  };
  const { repo } = input;
  if (repo) {
    const consts = /* @__PURE__ */ new Map();
    const maps = [];
    for (const file of policy.kubernetes.featureFiles) {
      const text2 = await repo.read(file).catch((error) => error);
      if (text2 === void 0) continue;
      facts.goFiles.push(file);
      try {
        if (text2 instanceof Error) throw text2;
        const go = readGoFacts(file, text2);
        for (const c of go.featureConsts) if (!consts.has(c.name)) consts.set(c.name, c.value);
        for (const entry of go.specMaps) maps.push({ file, entry });
      } catch (error) {
        facts.findings.push(unreadable3("code-list", "go-unreadable", "kubernetes", error, file));
      }
    }
    for (const m of maps) {
      const name = m.entry.qualifier ? m.entry.name : consts.get(m.entry.name) ?? m.entry.name;
      if (!facts.go.has(name)) facts.go.set(name, m);
    }
  }
  try {
    const list2 = input.list ?? (repo ? await firstList(repo, policy) : void 0);
    if (list2) {
      facts.list = readFeatureList(list2.file, list2.text);
      for (const [gate, error] of facts.list.broken) {
        facts.findings.push({
          ...unreadable3("code-list", "list-unreadable", "kubernetes", error, list2.file),
          gate
        });
      }
    }
  } catch (error) {
    facts.errors.push(oneLine(error));
  }
  return facts;
}
async function firstList(repo, policy) {
  for (const file of policy.kubernetes.featureLists) {
    const text2 = await repo.read(file);
    if (text2 !== void 0) return { file, text: text2 };
  }
  return void 0;
}
async function readWebsite(input, policy) {
  const { content, english, pages } = policy.gates.website;
  const facts = {
    origin: input.origin,
    englishDir: `${content}/${english}/${pages}`,
    english: /* @__PURE__ */ new Map(),
    localized: [],
    findings: []
  };
  const langs = await subfolders(input.repo.root, content);
  const page = (name) => name.endsWith(".md") && name !== "_index.md" && name !== "index.md";
  const listed = await Promise.all(
    langs.map(async (lang) => ({
      lang,
      files: await listFiles(input.repo, `${content}/${lang}/${pages}`, page)
    }))
  );
  const all = listed.flatMap(({ lang, files }) => files.map((f) => ({ lang, ...f })));
  const texts = await readAll(input.repo, all);
  all.forEach(({ lang, file }, i) => {
    const text2 = texts[i];
    if (text2 === void 0) return;
    const gate = file.slice(file.lastIndexOf("/") + 1, -".md".length);
    const read2 = { gate, lang, file };
    try {
      if (text2 instanceof Error) throw text2;
      read2.page = readGatePage(file, text2);
    } catch (error) {
      facts.findings.push({
        ...unreadable3("list-page", "page-unreadable", "website", error, file),
        gate,
        severity: lang === english ? "error" : "warning"
      });
    }
    if (lang === english) facts.english.set(gate, read2);
    else facts.localized.push(read2);
  });
  return facts;
}
var FEATURE_GATES = /^feature-gates:/m;
async function readEnhancements(input, policy) {
  const { keps, exclude } = policy.gates.enhancements;
  const excluded = exclude.map(globMatcher);
  const files = (await listFiles(input.repo, keps, (name) => name === "kep.yaml")).filter(
    (f) => !excluded.some((re) => re.test(f.file))
  );
  const texts = await readAll(input.repo, files);
  const facts = { origin: input.origin, keps: [], findings: [] };
  files.forEach(({ file }, i) => {
    const text2 = texts[i];
    if (text2 === void 0) return;
    try {
      if (text2 instanceof Error) throw text2;
      if (!FEATURE_GATES.test(text2)) {
        facts.keps.push({ file });
        return;
      }
      facts.keps.push({ file, kep: readKep(file, text2) });
    } catch (error) {
      facts.keps.push({ file });
      facts.findings.push(unreadable3("kep-list", "kep-unreadable", "enhancements", error, file));
    }
  });
  return facts;
}
function unreadable3(rule, kind, source, error, file) {
  const place3 = error;
  const known2 = error instanceof DataError || typeof place3.file === "string";
  if (!known2) throw error;
  const line = typeof place3.line === "number" ? place3.line : void 0;
  return {
    rule,
    kind,
    severity: "error",
    message: oneLine(error),
    evidence: [{ source, file, ...line ? { line } : {} }]
  };
}

// src/gates/audit.ts
async function auditGates(input) {
  const { policy, target } = input;
  const [code2, website, enhancements] = await Promise.all([
    readCode(input.code, policy),
    input.website ? readWebsite(input.website, policy) : void 0,
    input.enhancements ? readEnhancements(input.enhancements, policy) : void 0
  ]);
  const specs = /* @__PURE__ */ new Map();
  if (code2.list)
    for (const [gate, entry] of code2.list.gates) specs.set(gate, { file: code2.list.file, entry });
  else for (const [gate, go] of code2.go) specs.set(gate, go);
  const unreadable4 = new Set(code2.list?.broken.keys() ?? []);
  const noSpecs = code2.errors.length > 0 || specs.size + unreadable4.size === 0;
  const outcomes = /* @__PURE__ */ new Map();
  outcomes.set("code-list", codeListRule(code2, target));
  const keps = enhancements ? noSpecs ? { checked: false, why: "no spec list to hold the KEPs to", findings: [], naming: /* @__PURE__ */ new Map() } : kepListRule(enhancements.keps, specs, unreadable4, target, policy) : {
    checked: false,
    why: "no enhancements source",
    findings: [],
    naming: /* @__PURE__ */ new Map()
  };
  outcomes.set(
    "list-page",
    !website ? { checked: false, why: "no website source", findings: [] } : noSpecs ? { checked: false, why: "no spec list to hold the pages to", findings: [] } : listPageRule(specs, website, target, new Set(keps.naming.keys()), unreadable4)
  );
  outcomes.set("kep-list", keps);
  const all = applyDeviations(
    [
      ...code2.findings,
      ...website?.findings ?? [],
      ...enhancements?.findings ?? [],
      ...[...outcomes.values()].flatMap((o) => o.findings)
    ],
    policy.gates.deviations
  );
  const rows = rowsOf(all, specs, code2, website?.english, keps.naming, target);
  const errors = [...code2.errors];
  return {
    target: formatMinor(target),
    targetSource: input.targetSource,
    ...input.kind ? { kind: input.kind } : {},
    result: errors.length > 0 || all.some((f) => f.severity === "error") ? "fail" : "pass",
    sources: {
      code: {
        origin: code2.origin,
        goFiles: code2.goFiles,
        ...code2.list ? { list: code2.list.file } : {},
        gates: specs.size
      },
      ...website ? {
        website: {
          origin: website.origin,
          pages: website.english.size,
          localizedPages: website.localized.length
        }
      } : {},
      ...enhancements ? {
        enhancements: {
          origin: enhancements.origin,
          keps: enhancements.keps.length,
          naming: enhancements.keps.filter((k) => (k.kep?.featureGates.length ?? 0) > 0).length
        }
      } : {}
    },
    rules: GATE_RULES.map((id) => summary2(id, outcomes.get(id), all)),
    rows,
    findings: all.filter((f) => f.gate === void 0),
    errors
  };
}
function summary2(id, outcome, all) {
  const mine = all.filter((f) => f.rule === id);
  const count = (severity) => mine.filter((f) => f.severity === severity).length;
  return {
    id,
    checked: outcome.checked,
    ...outcome.why ? { why: outcome.why } : {},
    errors: count("error"),
    warnings: count("warning"),
    accepted: count("accepted"),
    info: count("info")
  };
}
function rowsOf(findings, specs, code2, pages, naming, target) {
  const byGate = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.gate === void 0) continue;
    const list2 = byGate.get(f.gate) ?? [];
    list2.push(f);
    byGate.set(f.gate, list2);
  }
  const lower = new Map([...byGate.keys()].map((g) => [g, g.toLowerCase()]));
  return [...byGate.keys()].sort((a, b) => lower.get(a) < lower.get(b) ? -1 : lower.get(a) > lower.get(b) ? 1 : 0).map((gate) => {
    const page = pages?.get(gate);
    const codeCell = codeCellOf(specs.get(gate) ?? code2.go.get(gate), target);
    const pageCell = page ? pageCellOf(page, target) : void 0;
    return {
      gate,
      ...codeCell ? { code: codeCell } : {},
      ...pageCell ? { page: pageCell } : {},
      keps: (naming.get(gate) ?? []).map((kep) => kepCellOf(kep, gate)),
      findings: byGate.get(gate)
    };
  });
}
function codeCellOf(list2, target) {
  if (!list2) return void 0;
  const spec = specAt(list2.entry, target);
  const first = firstVersion(list2.entry);
  return {
    summary: spec ? summariseSpec(spec) : `not yet at ${formatMinor(target)}${first ? ` (from ${formatMinor(first)})` : ""}`,
    source: "kubernetes",
    file: list2.file,
    line: spec?.line ?? list2.entry.line
  };
}
function pageCellOf(facts, target) {
  const cell = (summary3, line) => ({
    summary: summary3,
    source: "website",
    file: facts.file,
    ...line ? { line } : {}
  });
  const page = facts.page;
  if (!page) return cell("cannot be read");
  if (!page.frontMatter) return cell("no front matter", 1);
  if (page.removed) return cell("removed: true", page.removedLine);
  const current = (page.stages ?? []).filter((s) => s.from && compareMinor(s.from, target) <= 0).sort((a, b) => compareMinor(a.from, b.from)).pop();
  if (!current)
    return cell(page.stages ? `no stage at ${formatMinor(target)}` : "no stages", page.stagesLine);
  return cell(
    `${current.stage ?? "?"}, default ${String(current.defaultValue)}, from ${current.fromText}`,
    current.line
  );
}
function kepCellOf(kep, gate) {
  const milestones = kep.milestones.filter((m) => m.text !== "").map((m) => `${m.key} ${m.text}`).join(", ");
  const latest = kep.latestMilestone?.text ? `, latest ${kep.latestMilestone.text}` : "";
  return {
    summary: `KEP-${kep.number ?? "?"}: ${kep.stage || "no stage"}${latest}${milestones ? ` (${milestones})` : ""}`,
    source: "enhancements",
    file: kep.file,
    line: kep.featureGates.find((g) => g.name === gate)?.line ?? 1
  };
}

// src/report/gates-render.ts
var LABEL = {
  error: "ERROR",
  warning: "WARN",
  accepted: "ACCEPT",
  info: "INFO"
};
var ICON2 = {
  error: "\u274C",
  warning: "\u26A0\uFE0F",
  accepted: "\u{1F7E6}",
  info: "\u2139\uFE0F"
};
var INFO_NAMES = 30;
function place2(e) {
  return `${e.file}${e.line ? `:${e.line}` : ""}`;
}
function rowsToShow(report) {
  return report.rows.filter((r) => r.findings.some((f) => f.severity !== "info"));
}
function infoByKind(report) {
  const kinds = /* @__PURE__ */ new Map();
  for (const f of [...report.rows.flatMap((r) => r.findings), ...report.findings]) {
    if (f.severity !== "info") continue;
    const list2 = kinds.get(f.kind) ?? [];
    list2.push(f);
    kinds.set(f.kind, list2);
  }
  return kinds;
}
function sourcesLine(report) {
  const { code: code2, website, enhancements } = report.sources;
  const list2 = code2.list ? `, ${code2.list}` : "";
  return [
    `code: ${code2.origin} (gates: ${code2.gates}${code2.goFiles.length ? `; ${code2.goFiles.join(", ")}` : ""}${list2})`,
    website ? `website: ${website.origin} (pages: ${website.pages}, localized: ${website.localizedPages})` : "website: not given",
    enhancements ? `enhancements: ${enhancements.origin} (KEPs: ${enhancements.keps}, naming a gate: ${enhancements.naming})` : "enhancements: not given"
  ];
}
function counts(r) {
  return r.checked ? `${r.errors} errors, ${r.warnings} warnings, ${r.accepted} accepted, ${r.info} info` : `not checked: ${r.why}`;
}
function renderGatesText(report) {
  const lines = [
    `feature gates at ${report.target} (from ${report.targetSource}): ${report.result.toUpperCase()}`,
    ...sourcesLine(report).map((l) => `  ${l}`),
    ...report.errors.map((e) => `  could not read: ${e}`),
    "rules:",
    ...report.rules.map((r) => `  ${RULE_TITLES[r.id].padEnd(24)} ${counts(r)}`)
  ];
  const rows = rowsToShow(report);
  if (rows.length > 0) lines.push("gates with findings:");
  for (const row of rows) {
    lines.push(`  ${row.gate}`);
    for (const [label, cell] of cells(row)) lines.push(`    ${label.padEnd(5)} ${cellText(cell)}`);
    for (const f of row.findings.filter((f2) => f2.severity !== "info")) lines.push(...findingText(f));
  }
  if (report.findings.some((f) => f.severity !== "info")) lines.push("other findings:");
  for (const f of report.findings.filter((f2) => f2.severity !== "info")) lines.push(...findingText(f));
  for (const [kind, list2] of infoByKind(report))
    lines.push(`info ${kind} (${list2.length}): ${infoNames(list2)}`);
  return lines.map(withoutControls).join("\n") + "\n";
}
function findingText(f) {
  const out = [`    ${LABEL[f.severity].padEnd(6)} [${f.rule} ${f.kind}] ${f.message}`];
  if (f.reason) out.push(`           accepted: ${f.reason}`);
  for (const e of f.evidence) out.push(`           ${place2(e)}${e.note ? `  ${e.note}` : ""}`);
  return out;
}
function cells(row) {
  const keps = row.keps.length ? row.keps.map((k) => ["KEP", k]) : [["KEP", void 0]];
  return [["code", row.code], ["page", row.page], ...keps];
}
function cellText(cell) {
  return cell ? `${cell.summary}  (${place2(cell)})` : "\u2014";
}
function infoNames(list2) {
  const names = [...new Set(list2.map((f) => f.gate ?? f.evidence[0]?.file ?? "?"))];
  const shown = names.slice(0, INFO_NAMES).join(", ");
  return names.length > INFO_NAMES ? `${shown} and ${names.length - INFO_NAMES} more` : shown;
}
function renderGatesMarkdown(report) {
  const verdict = report.result === "pass" ? "\u2705 pass" : "\u274C fail";
  const lines = [
    `## Feature gates at ${report.target}${report.kind ? ` (${escapeMarkdown(report.kind)})` : ""}: ${verdict}`,
    "",
    `Target **${report.target}** (from ${escapeMarkdown(report.targetSource)}). Every gate, checked three ways: the code against its generated list, the list against the website's pages, the KEPs against the list.`,
    "",
    ...sourcesLine(report).map((l) => `- ${escapeMarkdown(l)}`),
    ""
  ];
  if (report.errors.length > 0)
    lines.push("**Could not read:**", "", ...report.errors.map((e) => `- ${escapeMarkdown(e)}`), "");
  lines.push(
    "| rule | errors | warnings | accepted | info |",
    "| --- | --- | --- | --- | --- |",
    ...report.rules.map(
      (r) => r.checked ? `| ${RULE_TITLES[r.id]} | ${r.errors} | ${r.warnings} | ${r.accepted} | ${r.info} |` : `| ${RULE_TITLES[r.id]} | not checked: ${escapeMarkdown(r.why ?? "")} | | | |`
    ),
    ""
  );
  const rows = rowsToShow(report);
  if (rows.length > 0) {
    lines.push(
      "### Gates with findings",
      "",
      "| gate | code | page | KEP | findings |",
      "| --- | --- | --- | --- | --- |"
    );
    for (const row of rows) {
      const keps = row.keps.map(cellMarkdown).join("<br>") || "\u2014";
      const findings = row.findings.filter((f) => f.severity !== "info").map(findingMarkdown).join("<br>");
      lines.push(
        `| ${cellSpan(row.gate)} | ${cellMarkdown(row.code)} | ${cellMarkdown(row.page)} | ${keps} | ${findings} |`
      );
    }
    lines.push("");
  }
  const other = report.findings.filter((f) => f.severity !== "info");
  if (other.length > 0)
    lines.push("### Other findings", "", ...other.map((f) => `- ${findingMarkdown(f)}`), "");
  const info = infoByKind(report);
  if (info.size > 0) {
    const total = [...info.values()].reduce((n, l) => n + l.length, 0);
    lines.push(`<details><summary>Information (${total})</summary>`, "");
    for (const [kind, list2] of info)
      lines.push(`- \`${kind}\` (${list2.length}): ${escapeMarkdown(infoNames(list2))}`);
    lines.push("", "</details>", "");
  }
  return lines.join("\n");
}
function cellSpan(text2) {
  return codeSpan(text2).replaceAll("|", "\\|");
}
function cellMarkdown(cell) {
  return cell ? `${escapeMarkdown(cell.summary)}<br>${cellSpan(place2(cell))}` : "\u2014";
}
function findingMarkdown(f) {
  const reason = f.reason ? ` (accepted: ${escapeMarkdown(f.reason)})` : "";
  const where2 = f.evidence.map((e) => cellSpan(place2(e))).join(", ");
  return `${ICON2[f.severity]} \`${f.kind}\`: ${escapeMarkdown(f.message)}${reason} \u2014 ${where2}`;
}
function gatesJson(report) {
  const evidence = (e) => ({
    source: e.source,
    file: e.file,
    ...e.line ? { line: e.line } : {},
    ...e.note ? { note: e.note } : {}
  });
  const finding = (f) => ({
    rule: f.rule,
    kind: f.kind,
    severity: f.severity,
    ...f.gate !== void 0 ? { gate: f.gate } : {},
    message: f.message,
    ...f.version ? { version: f.version } : {},
    ...f.reason ? { reason: f.reason } : {},
    evidence: f.evidence.map(evidence)
  });
  const cell = (c) => c ? { summary: c.summary, source: c.source, file: c.file, ...c.line ? { line: c.line } : {} } : null;
  return {
    scope: "feature-gates",
    target: report.target,
    targetSource: report.targetSource,
    kind: report.kind ?? null,
    result: report.result,
    errors: report.errors,
    sources: {
      code: report.sources.code,
      website: report.sources.website ?? null,
      enhancements: report.sources.enhancements ?? null
    },
    rules: report.rules,
    gates: report.rows.map((r) => ({
      name: r.gate,
      code: cell(r.code),
      page: cell(r.page),
      keps: r.keps.map(cell),
      findings: r.findings.map(finding)
    })),
    findings: report.findings.map(finding)
  };
}
function renderGatesJson(report) {
  return JSON.stringify(gatesJson(report), null, 2) + "\n";
}

export {
  sizeProblem,
  readNamedFile,
  stopGit,
  execGit,
  tryGit,
  checkoutAround,
  remoteProblem,
  renderMarkdown,
  withoutControls,
  GrepBatcher,
  WorktreeRepo,
  repoRelative,
  windowAt,
  currentStage,
  explainOf,
  CRITERIA,
  CRITERION_IDS,
  loadPolicy,
  readPlainPolicy,
  detectKind,
  resolveTarget,
  check,
  readPolicyFile,
  auditGates,
  toJson,
  renderJson,
  renderGatesText,
  renderGatesMarkdown,
  gatesJson,
  renderGatesJson
};
