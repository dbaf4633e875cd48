import { createRequire as __lsCreateRequire } from 'node:module'; const require = __lsCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/kind-of/index.js
var require_kind_of = __commonJS({
  "node_modules/kind-of/index.js"(exports2, module2) {
    var toString = Object.prototype.toString;
    module2.exports = function kindOf(val) {
      if (val === void 0) return "undefined";
      if (val === null) return "null";
      var type = typeof val;
      if (type === "boolean") return "boolean";
      if (type === "string") return "string";
      if (type === "number") return "number";
      if (type === "symbol") return "symbol";
      if (type === "function") {
        return isGeneratorFn(val) ? "generatorfunction" : "function";
      }
      if (isArray(val)) return "array";
      if (isBuffer(val)) return "buffer";
      if (isArguments(val)) return "arguments";
      if (isDate(val)) return "date";
      if (isError(val)) return "error";
      if (isRegexp(val)) return "regexp";
      switch (ctorName(val)) {
        case "Symbol":
          return "symbol";
        case "Promise":
          return "promise";
        // Set, Map, WeakSet, WeakMap
        case "WeakMap":
          return "weakmap";
        case "WeakSet":
          return "weakset";
        case "Map":
          return "map";
        case "Set":
          return "set";
        // 8-bit typed arrays
        case "Int8Array":
          return "int8array";
        case "Uint8Array":
          return "uint8array";
        case "Uint8ClampedArray":
          return "uint8clampedarray";
        // 16-bit typed arrays
        case "Int16Array":
          return "int16array";
        case "Uint16Array":
          return "uint16array";
        // 32-bit typed arrays
        case "Int32Array":
          return "int32array";
        case "Uint32Array":
          return "uint32array";
        case "Float32Array":
          return "float32array";
        case "Float64Array":
          return "float64array";
      }
      if (isGeneratorObj(val)) {
        return "generator";
      }
      type = toString.call(val);
      switch (type) {
        case "[object Object]":
          return "object";
        // iterators
        case "[object Map Iterator]":
          return "mapiterator";
        case "[object Set Iterator]":
          return "setiterator";
        case "[object String Iterator]":
          return "stringiterator";
        case "[object Array Iterator]":
          return "arrayiterator";
      }
      return type.slice(8, -1).toLowerCase().replace(/\s/g, "");
    };
    function ctorName(val) {
      return typeof val.constructor === "function" ? val.constructor.name : null;
    }
    function isArray(val) {
      if (Array.isArray) return Array.isArray(val);
      return val instanceof Array;
    }
    function isError(val) {
      return val instanceof Error || typeof val.message === "string" && val.constructor && typeof val.constructor.stackTraceLimit === "number";
    }
    function isDate(val) {
      if (val instanceof Date) return true;
      return typeof val.toDateString === "function" && typeof val.getDate === "function" && typeof val.setDate === "function";
    }
    function isRegexp(val) {
      if (val instanceof RegExp) return true;
      return typeof val.flags === "string" && typeof val.ignoreCase === "boolean" && typeof val.multiline === "boolean" && typeof val.global === "boolean";
    }
    function isGeneratorFn(name, val) {
      return ctorName(name) === "GeneratorFunction";
    }
    function isGeneratorObj(val) {
      return typeof val.throw === "function" && typeof val.return === "function" && typeof val.next === "function";
    }
    function isArguments(val) {
      try {
        if (typeof val.length === "number" && typeof val.callee === "function") {
          return true;
        }
      } catch (err) {
        if (err.message.indexOf("callee") !== -1) {
          return true;
        }
      }
      return false;
    }
    function isBuffer(val) {
      if (val.constructor && typeof val.constructor.isBuffer === "function") {
        return val.constructor.isBuffer(val);
      }
      return false;
    }
  }
});

// node_modules/is-extendable/index.js
var require_is_extendable = __commonJS({
  "node_modules/is-extendable/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function isExtendable(val) {
      return typeof val !== "undefined" && val !== null && (typeof val === "object" || typeof val === "function");
    };
  }
});

// node_modules/extend-shallow/index.js
var require_extend_shallow = __commonJS({
  "node_modules/extend-shallow/index.js"(exports2, module2) {
    "use strict";
    var isObject2 = require_is_extendable();
    module2.exports = function extend(o) {
      if (!isObject2(o)) {
        o = {};
      }
      var len = arguments.length;
      for (var i = 1; i < len; i++) {
        var obj = arguments[i];
        if (isObject2(obj)) {
          assign(o, obj);
        }
      }
      return o;
    };
    function assign(a, b) {
      for (var key in b) {
        if (hasOwn(b, key)) {
          a[key] = b[key];
        }
      }
    }
    function hasOwn(obj, key) {
      return Object.prototype.hasOwnProperty.call(obj, key);
    }
  }
});

// node_modules/section-matter/index.js
var require_section_matter = __commonJS({
  "node_modules/section-matter/index.js"(exports2, module2) {
    "use strict";
    var typeOf = require_kind_of();
    var extend = require_extend_shallow();
    module2.exports = function(input, options2) {
      if (typeof options2 === "function") {
        options2 = { parse: options2 };
      }
      var file = toObject(input);
      var defaults = { section_delimiter: "---", parse: identity };
      var opts = extend({}, defaults, options2);
      var delim = opts.section_delimiter;
      var lines = file.content.split(/\r?\n/);
      var sections = null;
      var section = createSection();
      var content = [];
      var stack = [];
      function initSections(val) {
        file.content = val;
        sections = [];
        content = [];
      }
      function closeSection(val) {
        if (stack.length) {
          section.key = getKey(stack[0], delim);
          section.content = val;
          opts.parse(section, sections);
          sections.push(section);
          section = createSection();
          content = [];
          stack = [];
        }
      }
      for (var i = 0; i < lines.length; i++) {
        var line = lines[i];
        var len = stack.length;
        var ln = line.trim();
        if (isDelimiter(ln, delim)) {
          if (ln.length === 3 && i !== 0) {
            if (len === 0 || len === 2) {
              content.push(line);
              continue;
            }
            stack.push(ln);
            section.data = content.join("\n");
            content = [];
            continue;
          }
          if (sections === null) {
            initSections(content.join("\n"));
          }
          if (len === 2) {
            closeSection(content.join("\n"));
          }
          stack.push(ln);
          continue;
        }
        content.push(line);
      }
      if (sections === null) {
        initSections(content.join("\n"));
      } else {
        closeSection(content.join("\n"));
      }
      file.sections = sections;
      return file;
    };
    function isDelimiter(line, delim) {
      if (line.slice(0, delim.length) !== delim) {
        return false;
      }
      if (line.charAt(delim.length + 1) === delim.slice(-1)) {
        return false;
      }
      return true;
    }
    function toObject(input) {
      if (typeOf(input) !== "object") {
        input = { content: input };
      }
      if (typeof input.content !== "string" && !isBuffer(input.content)) {
        throw new TypeError("expected a buffer or string");
      }
      input.content = input.content.toString();
      input.sections = [];
      return input;
    }
    function getKey(val, delim) {
      return val ? val.slice(delim.length).trim() : "";
    }
    function createSection() {
      return { key: "", data: "", content: "" };
    }
    function identity(val) {
      return val;
    }
    function isBuffer(val) {
      if (val && val.constructor && typeof val.constructor.isBuffer === "function") {
        return val.constructor.isBuffer(val);
      }
      return false;
    }
  }
});

// scripts/unused-js-yaml.cjs
var require_unused_js_yaml = __commonJS({
  "scripts/unused-js-yaml.cjs"(exports2, module2) {
    "use strict";
    var unused = () => {
      throw new Error("js-yaml is not bundled: ledger-synth parses YAML with the `yaml` package");
    };
    module2.exports = { safeLoad: unused, load: unused, safeDump: unused, dump: unused };
  }
});

// node_modules/gray-matter/lib/engines.js
var require_engines = __commonJS({
  "node_modules/gray-matter/lib/engines.js"(exports, module) {
    "use strict";
    var yaml = require_unused_js_yaml();
    var engines = exports = module.exports;
    engines.yaml = {
      parse: yaml.safeLoad.bind(yaml),
      stringify: yaml.safeDump.bind(yaml)
    };
    engines.json = {
      parse: JSON.parse.bind(JSON),
      stringify: function(obj, options2) {
        const opts = Object.assign({ replacer: null, space: 2 }, options2);
        return JSON.stringify(obj, opts.replacer, opts.space);
      }
    };
    engines.javascript = {
      parse: function parse(str, options, wrap) {
        try {
          if (wrap !== false) {
            str = "(function() {\nreturn " + str.trim() + ";\n}());";
          }
          return eval(str) || {};
        } catch (err) {
          if (wrap !== false && /(unexpected|identifier)/i.test(err.message)) {
            return parse(str, options, false);
          }
          throw new SyntaxError(err);
        }
      },
      stringify: function() {
        throw new Error("stringifying JavaScript is not supported");
      }
    };
  }
});

// node_modules/strip-bom-string/index.js
var require_strip_bom_string = __commonJS({
  "node_modules/strip-bom-string/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(str2) {
      if (typeof str2 === "string" && str2.charAt(0) === "\uFEFF") {
        return str2.slice(1);
      }
      return str2;
    };
  }
});

// node_modules/gray-matter/lib/utils.js
var require_utils = __commonJS({
  "node_modules/gray-matter/lib/utils.js"(exports2) {
    "use strict";
    var stripBom = require_strip_bom_string();
    var typeOf = require_kind_of();
    exports2.define = function(obj, key, val) {
      Reflect.defineProperty(obj, key, {
        enumerable: false,
        configurable: true,
        writable: true,
        value: val
      });
    };
    exports2.isBuffer = function(val) {
      return typeOf(val) === "buffer";
    };
    exports2.isObject = function(val) {
      return typeOf(val) === "object";
    };
    exports2.toBuffer = function(input) {
      return typeof input === "string" ? Buffer.from(input) : input;
    };
    exports2.toString = function(input) {
      if (exports2.isBuffer(input)) return stripBom(String(input));
      if (typeof input !== "string") {
        throw new TypeError("expected input to be a string or buffer");
      }
      return stripBom(input);
    };
    exports2.arrayify = function(val) {
      return val ? Array.isArray(val) ? val : [val] : [];
    };
    exports2.startsWith = function(str2, substr, len) {
      if (typeof len !== "number") len = substr.length;
      return str2.slice(0, len) === substr;
    };
  }
});

// node_modules/gray-matter/lib/defaults.js
var require_defaults = __commonJS({
  "node_modules/gray-matter/lib/defaults.js"(exports2, module2) {
    "use strict";
    var engines2 = require_engines();
    var utils = require_utils();
    module2.exports = function(options2) {
      const opts = Object.assign({}, options2);
      opts.delimiters = utils.arrayify(opts.delims || opts.delimiters || "---");
      if (opts.delimiters.length === 1) {
        opts.delimiters.push(opts.delimiters[0]);
      }
      opts.language = (opts.language || opts.lang || "yaml").toLowerCase();
      opts.engines = Object.assign({}, engines2, opts.parsers, opts.engines);
      return opts;
    };
  }
});

// node_modules/gray-matter/lib/engine.js
var require_engine = __commonJS({
  "node_modules/gray-matter/lib/engine.js"(exports2, module2) {
    "use strict";
    module2.exports = function(name, options2) {
      let engine = options2.engines[name] || options2.engines[aliase(name)];
      if (typeof engine === "undefined") {
        throw new Error('gray-matter engine "' + name + '" is not registered');
      }
      if (typeof engine === "function") {
        engine = { parse: engine };
      }
      return engine;
    };
    function aliase(name) {
      switch (name.toLowerCase()) {
        case "js":
        case "javascript":
          return "javascript";
        case "coffee":
        case "coffeescript":
        case "cson":
          return "coffee";
        case "yaml":
        case "yml":
          return "yaml";
        default: {
          return name;
        }
      }
    }
  }
});

// node_modules/gray-matter/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/gray-matter/lib/stringify.js"(exports2, module2) {
    "use strict";
    var typeOf = require_kind_of();
    var getEngine = require_engine();
    var defaults = require_defaults();
    module2.exports = function(file, data, options2) {
      if (data == null && options2 == null) {
        switch (typeOf(file)) {
          case "object":
            data = file.data;
            options2 = {};
            break;
          case "string":
            return file;
          default: {
            throw new TypeError("expected file to be a string or object");
          }
        }
      }
      const str2 = file.content;
      const opts = defaults(options2);
      if (data == null) {
        if (!opts.data) return file;
        data = opts.data;
      }
      const language = file.language || opts.language;
      const engine = getEngine(language, opts);
      if (typeof engine.stringify !== "function") {
        throw new TypeError('expected "' + language + '.stringify" to be a function');
      }
      data = Object.assign({}, file.data, data);
      const open2 = opts.delimiters[0];
      const close = opts.delimiters[1];
      const matter2 = engine.stringify(data, options2).trim();
      let buf = "";
      if (matter2 !== "{}") {
        buf = newline(open2) + newline(matter2) + newline(close);
      }
      if (typeof file.excerpt === "string" && file.excerpt !== "") {
        if (str2.indexOf(file.excerpt.trim()) === -1) {
          buf += newline(file.excerpt) + newline(close);
        }
      }
      return buf + newline(str2);
    };
    function newline(str2) {
      return str2.slice(-1) !== "\n" ? str2 + "\n" : str2;
    }
  }
});

// node_modules/gray-matter/lib/excerpt.js
var require_excerpt = __commonJS({
  "node_modules/gray-matter/lib/excerpt.js"(exports2, module2) {
    "use strict";
    var defaults = require_defaults();
    module2.exports = function(file, options2) {
      const opts = defaults(options2);
      if (file.data == null) {
        file.data = {};
      }
      if (typeof opts.excerpt === "function") {
        return opts.excerpt(file, opts);
      }
      const sep7 = file.data.excerpt_separator || opts.excerpt_separator;
      if (sep7 == null && (opts.excerpt === false || opts.excerpt == null)) {
        return file;
      }
      const delimiter = typeof opts.excerpt === "string" ? opts.excerpt : sep7 || opts.delimiters[0];
      const idx = file.content.indexOf(delimiter);
      if (idx !== -1) {
        file.excerpt = file.content.slice(0, idx);
      }
      return file;
    };
  }
});

// node_modules/gray-matter/lib/to-file.js
var require_to_file = __commonJS({
  "node_modules/gray-matter/lib/to-file.js"(exports2, module2) {
    "use strict";
    var typeOf = require_kind_of();
    var stringify3 = require_stringify();
    var utils = require_utils();
    module2.exports = function(file) {
      if (typeOf(file) !== "object") {
        file = { content: file };
      }
      if (typeOf(file.data) !== "object") {
        file.data = {};
      }
      if (file.contents && file.content == null) {
        file.content = file.contents;
      }
      utils.define(file, "orig", utils.toBuffer(file.content));
      utils.define(file, "language", file.language || "");
      utils.define(file, "matter", file.matter || "");
      utils.define(file, "stringify", function(data, options2) {
        if (options2 && options2.language) {
          file.language = options2.language;
        }
        return stringify3(file, data, options2);
      });
      file.content = utils.toString(file.content);
      file.isEmpty = false;
      file.excerpt = "";
      return file;
    };
  }
});

// node_modules/gray-matter/lib/parse.js
var require_parse = __commonJS({
  "node_modules/gray-matter/lib/parse.js"(exports2, module2) {
    "use strict";
    var getEngine = require_engine();
    var defaults = require_defaults();
    module2.exports = function(language, str2, options2) {
      const opts = defaults(options2);
      const engine = getEngine(language, opts);
      if (typeof engine.parse !== "function") {
        throw new TypeError('expected "' + language + '.parse" to be a function');
      }
      return engine.parse(str2, opts);
    };
  }
});

// node_modules/gray-matter/index.js
var require_gray_matter = __commonJS({
  "node_modules/gray-matter/index.js"(exports2, module2) {
    "use strict";
    var fs = __require("fs");
    var sections = require_section_matter();
    var defaults = require_defaults();
    var stringify3 = require_stringify();
    var excerpt = require_excerpt();
    var engines2 = require_engines();
    var toFile = require_to_file();
    var parse2 = require_parse();
    var utils = require_utils();
    function matter2(input, options2) {
      if (input === "") {
        return { data: {}, content: input, excerpt: "", orig: input };
      }
      let file = toFile(input);
      const cached = matter2.cache[file.content];
      if (!options2) {
        if (cached) {
          file = Object.assign({}, cached);
          file.orig = cached.orig;
          return file;
        }
        matter2.cache[file.content] = file;
      }
      return parseMatter(file, options2);
    }
    function parseMatter(file, options2) {
      const opts = defaults(options2);
      const open2 = opts.delimiters[0];
      const close = "\n" + opts.delimiters[1];
      let str2 = file.content;
      if (opts.language) {
        file.language = opts.language;
      }
      const openLen = open2.length;
      if (!utils.startsWith(str2, open2, openLen)) {
        excerpt(file, opts);
        return file;
      }
      if (str2.charAt(openLen) === open2.slice(-1)) {
        return file;
      }
      str2 = str2.slice(openLen);
      const len = str2.length;
      const language = matter2.language(str2, opts);
      if (language.name) {
        file.language = language.name;
        str2 = str2.slice(language.raw.length);
      }
      let closeIndex = str2.indexOf(close);
      if (closeIndex === -1) {
        closeIndex = len;
      }
      file.matter = str2.slice(0, closeIndex);
      const block = file.matter.replace(/^\s*#[^\n]+/gm, "").trim();
      if (block === "") {
        file.isEmpty = true;
        file.empty = file.content;
        file.data = {};
      } else {
        file.data = parse2(file.language, file.matter, opts);
      }
      if (closeIndex === len) {
        file.content = "";
      } else {
        file.content = str2.slice(closeIndex + close.length);
        if (file.content[0] === "\r") {
          file.content = file.content.slice(1);
        }
        if (file.content[0] === "\n") {
          file.content = file.content.slice(1);
        }
      }
      excerpt(file, opts);
      if (opts.sections === true || typeof opts.section === "function") {
        sections(file, opts.section);
      }
      return file;
    }
    matter2.engines = engines2;
    matter2.stringify = function(file, data, options2) {
      if (typeof file === "string") file = matter2(file, options2);
      return stringify3(file, data, options2);
    };
    matter2.read = function(filepath, options2) {
      const str2 = fs.readFileSync(filepath, "utf8");
      const file = matter2(str2, options2);
      file.path = filepath;
      return file;
    };
    matter2.test = function(str2, options2) {
      return utils.startsWith(str2, defaults(options2).delimiters[0]);
    };
    matter2.language = function(str2, options2) {
      const opts = defaults(options2);
      const open2 = opts.delimiters[0];
      if (matter2.test(str2)) {
        str2 = str2.slice(open2.length);
      }
      const language = str2.slice(0, str2.search(/\r?\n/));
      return {
        raw: language,
        name: language ? language.trim() : ""
      };
    };
    matter2.cache = {};
    matter2.clearCache = function() {
      matter2.cache = {};
    };
    module2.exports = matter2;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP2 = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP2;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP2:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP2:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP2;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap;
    exports2.isNode = isNode;
    exports2.isPair = isPair;
    exports2.isScalar = isScalar3;
    exports2.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
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
    exports2.visit = visit2;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
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
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
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
          visit2.visit(doc.contents, (_key, node) => {
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
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
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
      visit2.visit(root, {
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
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
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
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
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
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
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
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
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
          visit2.visit(doc, {
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
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
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
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
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
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar2;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
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
          const node2 = new Scalar2.Scalar(value);
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
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
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
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
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
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
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
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
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
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
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
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
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
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
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
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
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
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
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
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
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
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify2 = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options2) {
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
      }, doc.schema.toStringOptions, options2);
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
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
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
    function stringify3(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify3;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify3 = require_stringify2();
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
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify3.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
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
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify3.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
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
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
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
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify3 = require_stringify2();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey2 = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey2, ctx);
          if (stringKey2 in map)
            Object.defineProperty(map, stringKey2, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey2] = jsValue;
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
        const strCtx = stringify3.createStringifyContext(ctx.doc, {});
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
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair2(k, v);
    }
    var Pair2 = class _Pair {
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
    exports2.Pair = Pair2;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify3 = require_stringify2();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options2) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify4(collection, ctx, options2);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify3.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
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
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify3.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
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
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
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
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair2 = require_Pair();
    var Scalar2 = require_Scalar();
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
    var YAMLMap2 = class extends Collection.Collection {
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
            map.items.push(Pair2.createPair(key, value, ctx));
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
          _pair = new Pair2.Pair(pair, pair?.value);
        } else
          _pair = new Pair2.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
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
        this.add(new Pair2.Pair(key, value), true);
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
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
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
    exports2.YAMLMap = YAMLMap2;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap2 = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap2.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap2.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq2 = class extends Collection.Collection {
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
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
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
    exports2.YAMLSeq = YAMLSeq2;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq2 = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq2.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq2.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar2.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
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
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
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
      resolve(str2) {
        const node = new Scalar2.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
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
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
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
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
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
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
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
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar2 = require_Scalar();
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
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
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
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair2 = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq2 = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair2.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair2.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq2.YAMLSeq(schema);
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
          pairs2.items.push(Pair2.createPair(key, value, ctx));
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
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq2.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap2.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap2.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap2.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap2.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap2.YAMLMap.prototype.set.bind(this);
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
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
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
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
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
      resolve(str2) {
        const node = new Scalar2.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair2 = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap2.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair2.Pair(key.key, null);
        else
          pair = new Pair2.Pair(key, null);
        const prev = YAMLMap2.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap2.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap2.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair2.Pair(key));
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
            set2.items.push(Pair2.createPair(value, null, ctx));
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
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
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
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
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
      resolve(str2) {
        const match = str2.match(timestamp.test);
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
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
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
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
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
    var merge = require_merge();
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
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
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
        tags = tags.concat(merge.merge);
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
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
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
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify3 = require_stringify2();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options2) {
      const lines = [];
      let hasDirectives = options2.directives === true;
      if (options2.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify3.createStringifyContext(doc, options2);
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
        let body = stringify3.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify3.stringify(doc.contents, ctx));
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
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair2 = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options2) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
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
        }, options2);
        this.options = opt;
        let { version } = opt;
        if (options2?._directives) {
          this.directives = options2._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options2);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options2);
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
      createNode(value, replacer, options2) {
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
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options2 ?? {};
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
      createPair(key, value, options2 = {}) {
        const k = this.createNode(key, null, options2);
        const v = this.createNode(value, null, options2);
        return new Pair2.Pair(k, v);
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
      setSchema(version, options2 = {}) {
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
        if (options2.schema instanceof Object)
          this.schema = options2.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options2));
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
      toString(options2 = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options2 && (!Number.isInteger(options2.indent) || Number(options2.indent) <= 0)) {
          const s = JSON.stringify(options2.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options2);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
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
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
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
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
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
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
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
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair2 = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap2.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep7, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep7?.[0],
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
          if (!keyProps.anchor && !keyProps.tag && !sep7) {
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
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep7 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
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
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep7, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair2.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair2.Pair(keyNode);
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
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq2 = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq2.YAMLSeq;
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
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep7 = "";
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
                comment += sep7 + cb;
              sep7 = "";
              break;
            }
            case "newline":
              if (comment)
                sep7 += source;
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
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair2 = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap2.YAMLMap : YAMLSeq2.YAMLSeq);
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
        const { start, key, sep: sep7, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep7?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep7 && !value) {
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
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
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
        if (!isMap && !sep7 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep7, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep7 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep7)
                for (const st of sep7) {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep7, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair2.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap2.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
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
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
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
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap2.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq2.YAMLSeq.tagName && expType === "seq") {
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
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
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
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
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
      let sep7 = "";
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
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep7 + indent.slice(trimIndent) + content;
          sep7 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep7 === " ")
            sep7 = "\n";
          else if (!prevMoreIndented && sep7 === "\n")
            sep7 = "\n\n";
          value += sep7 + indent.slice(trimIndent) + content;
          sep7 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep7 === "\n")
            value += "\n";
          else
            sep7 = "\n";
        } else {
          value += sep7 + content;
          sep7 = " ";
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
      const end = start + header.length + scalar.source.length;
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
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
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
      let sep7 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep7 === "\n")
            res += sep7;
          else
            sep7 = "\n";
        } else {
          res += sep7 + lm;
          sep7 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep7 + (match?.[1] ?? "");
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
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
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
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
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
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
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
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
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
    function composeAlias({ options: options2 }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options2.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options2, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options2);
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
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
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
      constructor(options2 = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options2.version || "1.2" });
        this.options = options2;
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
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
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
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify3 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
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
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
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
    function stringifyItem({ start, key, sep: sep7, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep7)
        for (const st of sep7)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify3;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
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
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports2.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar3;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
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
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter2 = class {
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
    exports2.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
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
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep7;
          if (scalar.end) {
            sep7 = scalar.end;
            sep7.push(this.sourceToken);
            delete scalar.end;
          } else
            sep7 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep7 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
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
                  const sep7 = it.sep;
                  sep7.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep7 }]
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
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
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
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
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
            const sep7 = fc.end.splice(1, fc.end.length);
            sep7.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep7 }]
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
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options2) {
      const prettyErrors = options2.prettyErrors !== false;
      const lineCounter$1 = options2.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
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
    function parseDocument2(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
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
    function parse2(src, reviver, options2) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options2 === void 0 && reviver && typeof reviver === "object") {
        options2 = reviver;
      }
      const doc = parseDocument2(src, options2);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options2));
    }
    function stringify3(value, replacer, options2) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options2 === void 0 && replacer) {
        options2 = replacer;
      }
      if (typeof options2 === "string")
        options2 = options2.length;
      if (typeof options2 === "number") {
        const indent = Math.round(options2);
        options2 = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options2 ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options2);
      return new Document.Document(value, _replacer, options2).toString(options2);
    }
    exports2.parse = parse2;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify3;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair2 = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair2.Pair;
    exports2.Scalar = Scalar2.Scalar;
    exports2.YAMLMap = YAMLMap2.YAMLMap;
    exports2.YAMLSeq = YAMLSeq2.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit2.visit;
    exports2.visitAsync = visit2.visitAsync;
  }
});

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.splitWhen = exports2.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports2.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports2.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports2.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports2.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.convertPosixPathToPattern = exports2.convertWindowsPathToPattern = exports2.convertPathToPattern = exports2.escapePosixPath = exports2.escapeWindowsPath = exports2.escape = exports2.removeLeadingDotSegment = exports2.makeAbsolute = exports2.unixify = void 0;
    var os = __require("os");
    var path = __require("path");
    var IS_WINDOWS_PLATFORM = os.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports2.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path.resolve(cwd, filepath);
    }
    exports2.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports2.removeLeadingDotSegment = removeLeadingDotSegment;
    exports2.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports2.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports2.escapePosixPath = escapePosixPath;
    exports2.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports2.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports2.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports2, module2) {
    module2.exports = function isExtglob(str2) {
      if (typeof str2 !== "string" || str2 === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str2)) {
        if (match[2]) return true;
        str2 = str2.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports2, module2) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str2) {
      if (str2[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str2.length) {
        if (str2[index] === "*") {
          return true;
        }
        if (str2[index + 1] === "?" && /[\].+)]/.test(str2[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str2[index] === "[" && str2[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str2.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str2.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str2[index] === "{" && str2[index + 1] !== "}") {
          closeCurlyIndex = str2.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str2.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str2[index] === "(" && str2[index + 1] === "?" && /[:!=]/.test(str2[index + 2]) && str2[index + 3] !== ")") {
          closeParenIndex = str2.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str2.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str2[index] === "(" && str2[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str2.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str2[pipeIndex + 1] !== ")") {
            closeParenIndex = str2.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str2.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str2[index] === "\\") {
          var open2 = str2[index + 1];
          index += 2;
          var close = chars[open2];
          if (close) {
            var n = str2.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str2[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str2) {
      if (str2[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str2.length) {
        if (/[*?{}()[\]]/.test(str2[index])) {
          return true;
        }
        if (str2[index] === "\\") {
          var open2 = str2[index + 1];
          index += 2;
          var close = chars[open2];
          if (close) {
            var n = str2.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str2[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module2.exports = function isGlob(str2, options2) {
      if (typeof str2 !== "string" || str2 === "") {
        return false;
      }
      if (isExtglob(str2)) {
        return true;
      }
      var check = strictCheck;
      if (options2 && options2.strict === false) {
        check = relaxedCheck;
      }
      return check(str2);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports2, module2) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module2.exports = function globParent(str2, opts) {
      var options2 = Object.assign({ flipBackslashes: true }, opts);
      if (options2.flipBackslashes && isWin32 && str2.indexOf(slash) < 0) {
        str2 = str2.replace(backslash, slash);
      }
      if (enclosure.test(str2)) {
        str2 += slash;
      }
      str2 += "a";
      do {
        str2 = pathPosixDirname(str2);
      } while (isGlob(str2) || globby.test(str2));
      return str2.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/braces/lib/utils.js"(exports2) {
    "use strict";
    exports2.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports2.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports2.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports2.isInteger(min) || !exports2.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports2.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports2.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports2.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports2.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports2.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports2.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify3 = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports2, module2) {
    "use strict";
    var utils = require_utils2();
    module2.exports = (ast, options2 = {}) => {
      const stringify3 = (node, parent = {}) => {
        const invalidBlock = options2.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options2.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify3(child);
          }
        }
        return output;
      };
      return stringify3(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports2, module2) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options2) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options2 };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap2 = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap2;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options2) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options2) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options2) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options2) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options2) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits2 = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits2; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options2);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options2.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits: digits2 };
    }
    function splitToPatterns(min, max, tok, options2) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options2);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options2);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options2) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits2) {
      let [start = 0, stop = ""] = digits2;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options2) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str2) {
      return /^-?(0+)\d/.test(str2);
    }
    function padZeros(value, tok, options2) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options2.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module2.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports2, module2) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject2 = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify3 = (start, end, options2) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options2.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options2, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options2.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options2.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options2) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options2 });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options2) => {
      if (Array.isArray(start)) {
        let wrap2 = options2.wrap === true;
        let prefix = options2.capture ? "" : "?:";
        return wrap2 ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options2);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options2) => {
      if (options2.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options2) => {
      if (options2.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options2 = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options2.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify3(start, end, options2) === false;
      let format = options2.transform || transform(toNumber);
      if (options2.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options2);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options2.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options2.toRegex === true) {
        return step > 1 ? toSequence(parts, options2, maxLen) : toRegex(range, null, { wrap: false, ...options2 });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options2 = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options2);
      }
      let format = options2.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options2.toRegex && step === 1) {
        return toRange(min, max, false, options2);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options2.toRegex === true) {
        return toRegex(range, null, { wrap: false, options: options2 });
      }
      return range;
    };
    var fill = (start, end, step, options2 = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options2);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject2(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options2 };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject2(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module2.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports2, module2) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils2();
    var compile = (ast, options2 = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options2.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options2.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options2, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module2.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports2, module2) {
    "use strict";
    var fill = require_fill_range();
    var stringify3 = require_stringify3();
    var utils = require_utils2();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options2 = {}) => {
      const rangeLimit = options2.rangeLimit === void 0 ? 1e3 : options2.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify3(node, options2)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options2.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options2);
          if (range.length === 0) {
            range = stringify3(node, options2);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module2.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/braces/lib/parse.js"(exports2, module2) {
    "use strict";
    var stringify3 = require_stringify3();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse2 = (input, options2 = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options2 || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options2.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open2 = value;
          let next;
          if (options2.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open2) {
              if (options2.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open2 = block.nodes.shift();
            block.nodes = [open2, { type: "text", value: stringify3(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module2.exports = parse2;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports2, module2) {
    "use strict";
    var stringify3 = require_stringify3();
    var compile = require_compile();
    var expand = require_expand();
    var parse2 = require_parse2();
    var braces = (input, options2 = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options2);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options2));
      }
      if (options2 && options2.expand === true && options2.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options2 = {}) => parse2(input, options2);
    braces.stringify = (input, options2 = {}) => {
      if (typeof input === "string") {
        return stringify3(braces.parse(input, options2), options2);
      }
      return stringify3(input, options2);
    };
    braces.compile = (input, options2 = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options2);
      }
      return compile(input, options2);
    };
    braces.expand = (input, options2 = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options2);
      }
      let result = expand(input, options2);
      if (options2.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options2.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options2 = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options2.expand !== true ? braces.compile(input, options2) : braces.expand(input, options2);
    };
    module2.exports = braces;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var path = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/utils.js
var require_utils3 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var path = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports2.isRegexChar = (str2) => str2.length === 1 && exports2.hasRegexChars(str2);
    exports2.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports2.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports2.isWindows = (options2) => {
      if (options2 && typeof options2.windows === "boolean") {
        return options2.windows;
      }
      return win32 === true || path.sep === "\\";
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options2 = {}) => {
      const prepend = options2.contains ? "" : "^";
      const append = options2.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils3();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options2) => {
      const opts = options2 || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/parse.js
var require_parse3 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants4 = require_constants2();
    var utils = require_utils3();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants4;
    var expandRange = (args, options2) => {
      if (typeof options2.expandRange === "function") {
        return options2.expandRange(...args, options2);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options2) => {
      if (options2.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options2.maxExtglobRecursion === "number" ? options2.maxExtglobRecursion : constants4.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse2 = (input, options2) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options2 };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options2);
      const PLATFORM_CHARS = constants4.globChars(win32);
      const EXTGLOB_CHARS = constants4.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options2, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options2);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options2) => {
      const opts = { ...options2 };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options2);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants4.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse2;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var path = __require("path");
    var scan = require_scan();
    var parse2 = require_parse3();
    var utils = require_utils3();
    var constants4 = require_constants2();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options2, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options2, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options2 || {};
      const posix = utils.isWindows(options2);
      const regex = isState ? picomatch.compileRe(glob, options2) : picomatch.makeRe(glob, options2, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options2, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options2, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options2, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options2 || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options2, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options2, posix = utils.isWindows(options2)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options2);
      return regex.test(path.basename(input));
    };
    picomatch.isMatch = (str2, patterns, options2) => picomatch(patterns, options2)(str2);
    picomatch.parse = (pattern, options2) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options2));
      return parse2(pattern, { ...options2, fastpaths: false });
    };
    picomatch.scan = (input, options2) => scan(input, options2);
    picomatch.compileRe = (state, options2, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options2 || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options2);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options2 = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options2.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options2);
      }
      if (!parsed.output) {
        parsed = parse2(input, options2);
      }
      return picomatch.compileRe(parsed, options2, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options2) => {
      try {
        const opts = options2 || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options2 && options2.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants4;
    module2.exports = picomatch;
  }
});

// node_modules/micromatch/node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    module2.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports2, module2) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils3();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list2, patterns, options2) => {
      patterns = [].concat(patterns);
      list2 = [].concat(list2);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options2 && options2.onResult) {
          options2.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options2, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list2) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options2 && matches.length === 0) {
        if (options2.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options2.nonull === true || options2.nullglob === true) {
          return options2.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options2) => picomatch(pattern, options2);
    micromatch.isMatch = (str2, patterns, options2) => picomatch(patterns, options2)(str2);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list2, patterns, options2 = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options2.onResult) options2.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list2, patterns, { ...options2, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str2, pattern, options2) => {
      if (typeof str2 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str2)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str2, p, options2));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str2) || isEmptyString(pattern)) {
          return false;
        }
        if (str2.includes(pattern) || str2.startsWith("./") && str2.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str2, pattern, { ...options2, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options2) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options2);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list2, patterns, options2) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options2);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list2, patterns, options2) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options2);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str2, patterns, options2) => {
      if (typeof str2 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str2)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options2)(str2));
    };
    micromatch.capture = (glob, input, options2) => {
      let posix = utils.isWindows(options2);
      let regex = picomatch.makeRe(String(glob), { ...options2, capture: true });
      let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options2) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str2 of braces(String(pattern), options2)) {
          res.push(picomatch.parse(str2, options2));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options2) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options2 && options2.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options2);
    };
    micromatch.braceExpand = (pattern, options2) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options2, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module2.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isAbsolute = exports2.partitionAbsoluteAndRelative = exports2.removeDuplicateSlashes = exports2.matchAny = exports2.convertPatternsToRe = exports2.makeRe = exports2.getPatternParts = exports2.expandBraceExpansion = exports2.expandPatternsWithBraceExpansion = exports2.isAffectDepthOfReadingPattern = exports2.endsWithSlashGlobStar = exports2.hasGlobStar = exports2.getBaseDirectory = exports2.isPatternRelatedToParentDirectory = exports2.getPatternsOutsideCurrentDirectory = exports2.getPatternsInsideCurrentDirectory = exports2.getPositivePatterns = exports2.getNegativePatterns = exports2.isPositivePattern = exports2.isNegativePattern = exports2.convertToNegativePattern = exports2.convertToPositivePattern = exports2.isDynamicPattern = exports2.isStaticPattern = void 0;
    var path = __require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options2 = {}) {
      return !isDynamicPattern(pattern, options2);
    }
    exports2.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options2 = {}) {
      if (pattern === "") {
        return false;
      }
      if (options2.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options2.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options2.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports2.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports2.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports2.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports2.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports2.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports2.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports2.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports2.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports2.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports2.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports2.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports2.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports2.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename8 = path.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename8);
    }
    exports2.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports2.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports2.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options2) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options2), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports2.getPatternParts = getPatternParts;
    function makeRe(pattern, options2) {
      return micromatch.makeRe(pattern, options2);
    }
    exports2.makeRe = makeRe;
    function convertPatternsToRe(patterns, options2) {
      return patterns.map((pattern) => makeRe(pattern, options2));
    }
    exports2.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports2.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports2.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative6 = [];
      for (const pattern of patterns) {
        if (isAbsolute3(pattern)) {
          absolute.push(pattern);
        } else {
          relative6.push(pattern);
        }
      }
      return [absolute, relative6];
    }
    exports2.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute3(pattern) {
      return path.isAbsolute(pattern);
    }
    exports2.isAbsolute = isAbsolute3;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports2, module2) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module2.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options2 = args[args.length - 1];
      if (options2 && !Array.isArray(options2) && options2.pipe == null) {
        args.pop();
      } else {
        options2 = {};
      }
      const doEnd = options2.end !== false;
      const doPipeError = options2.pipeError === true;
      if (options2.objectMode == null) {
        options2.objectMode = true;
      }
      if (options2.highWaterMark == null) {
        options2.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options2);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options2));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options2) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options2));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options2);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports2.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string2 = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isEmpty = exports2.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports2.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports2.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.string = exports2.stream = exports2.pattern = exports2.path = exports2.fs = exports2.errno = exports2.array = void 0;
    var array = require_array();
    exports2.array = array;
    var errno = require_errno();
    exports2.errno = errno;
    var fs = require_fs();
    exports2.fs = fs;
    var path = require_path();
    exports2.path = path;
    var pattern = require_pattern();
    exports2.pattern = pattern;
    var stream = require_stream();
    exports2.stream = stream;
    var string = require_string2();
    exports2.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.convertPatternGroupToTask = exports2.convertPatternGroupsToTasks = exports2.groupPatternsByBaseDirectory = exports2.getNegativePatternsAsPositive = exports2.getPositivePatterns = exports2.convertPatternsToTasks = exports2.generate = void 0;
    var utils = require_utils4();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports2.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports2.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports2.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports2.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports2.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports2.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports2.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.read = void 0;
    function read(path, settings, callback) {
      settings.fs.lstat(path, (lstatError, lstat) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat);
          return;
        }
        settings.fs.stat(path, (statError, stat2) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat);
            return;
          }
          if (settings.markSymbolicLink) {
            stat2.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat2);
        });
      });
    }
    exports2.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.read = void 0;
    function read(path, settings) {
      const lstat = settings.fs.lstatSync(path);
      if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat;
      }
      try {
        const stat2 = settings.fs.statSync(path);
        if (settings.markSymbolicLink) {
          stat2.isSymbolicLink = () => true;
        }
        return stat2;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat;
        }
        throw error;
      }
    }
    exports2.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createFileSystemAdapter = exports2.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports2.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports2.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports2.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports2.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fs = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.statSync = exports2.stat = exports2.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports2.Settings = settings_1.default;
    function stat2(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports2.stat = stat2;
    function statSync8(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports2.statSync = statSync8;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports2, module2) {
    var promise;
    module2.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports2, module2) {
    module2.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports2.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports2.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils5 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.fs = void 0;
    var fs = require_fs3();
    exports2.fs = fs;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports2.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.readdir = exports2.readdirWithFileTypes = exports2.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils5();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir(directory, settings, callback);
    }
    exports2.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports2.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports2.readdir = readdir;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.readdir = exports2.readdirWithFileTypes = exports2.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils5();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir(directory, settings);
    }
    exports2.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports2.readdirWithFileTypes = readdirWithFileTypes;
    function readdir(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports2.readdir = readdir;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createFileSystemAdapter = exports2.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports2.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports2.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports2.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports2.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var fs = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Settings = exports2.scandirSync = exports2.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports2.Settings = settings_1.default;
    function scandir(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports2.scandir = scandir;
    function scandirSync(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports2.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports2, module2) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module2.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports2, module2) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve7, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve7(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve7, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve7(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve7) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve7();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve7();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module2.exports = fastqueue;
    module2.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.joinPathSegments = exports2.replacePathSegmentSeparator = exports2.isAppliedFilter = exports2.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports2.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports2.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports2.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports2.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports2.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports2.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports2.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports2.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports2.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports2.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Settings = exports2.walkStream = exports2.walkSync = exports2.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports2.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports2.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports2.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports2.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var utils = require_utils4();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports2.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options2) {
        return this._walkStream(root, options2);
      }
      static(patterns, options2) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options2).then((entry) => {
            if (entry !== null && options2.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options2) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options2.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve7, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve7(stats) : reject(error);
          });
        });
      }
    };
    exports2.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options2) {
        return new Promise((resolve7, reject) => {
          this._walkAsync(root, options2, (error, entries) => {
            if (error === null) {
              resolve7(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options2) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options2);
        return new Promise((resolve7, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve7(entries));
        });
      }
    };
    exports2.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils4();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports2.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports2.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils4();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports2.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils4();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports2.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils4();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports2.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils4();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports2.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports2.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options2 = this._getReaderOptions(task);
        const entries = await this.api(root, task, options2);
        return entries.map((entry) => options2.transform(entry));
      }
      api(root, task, options2) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options2);
        }
        return this._reader.static(task.patterns, options2);
      }
    };
    exports2.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options2 = this._getReaderOptions(task);
        const source = this.api(root, task, options2);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options2.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options2) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options2);
        }
        return this._reader.static(task.patterns, options2);
      }
    };
    exports2.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options2) {
        return this._walkSync(root, options2);
      }
      static(patterns, options2) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options2);
          if (entry === null || !options2.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options2) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options2.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports2.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options2 = this._getReaderOptions(task);
        const entries = this.api(root, task, options2);
        return entries.map(options2.transform);
      }
      api(root, task, options2) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options2);
        }
        return this._reader.static(task.patterns, options2);
      }
    };
    exports2.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    var os = __require("os");
    var CPU_COUNT = Math.max(os.cpus().length, 1);
    exports2.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      lstatSync: fs.lstatSync,
      stat: fs.stat,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports2.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports2, module2) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils4();
    async function FastGlob(source, options2) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options2);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options2) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options2);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options2) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options2);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options2) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options2);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options2) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options2);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix;
      (function(posix2) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix2.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix2.convertPathToPattern = convertPathToPattern2;
      })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options2) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options2);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module2.exports = FastGlob;
  }
});

// hooks/src/agent-hook.ts
import { dirname as dirname9 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// packages/node/src/config.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve as resolve2 } from "node:path";

// packages/core/src/errors.ts
var LedgerError = class extends Error {
  code;
  /** Optional extra lines shown under the message (hints, examples). */
  hint;
  constructor(code, message, options2) {
    super(message, options2?.cause === void 0 ? void 0 : { cause: options2.cause });
    this.name = "LedgerError";
    this.code = code;
    this.hint = options2?.hint;
  }
};
function isLedgerError(value) {
  return value instanceof LedgerError;
}
function quoteInput(value, max = 60) {
  let text;
  if (typeof value === "string") text = value;
  else if (value instanceof Map) text = "a mapping";
  else if (Array.isArray(value)) text = "a list";
  else text = String(value);
  const oneLine3 = text.replace(/[\u0000-\u001f\u007f]/g, (ch) => ch === "\n" ? "\\n" : "\uFFFD");
  return JSON.stringify(oneLine3.length > max ? `${oneLine3.slice(0, max)}\u2026` : oneLine3);
}

// packages/core/src/instant.ts
var ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;
function parseInstant(text) {
  const match = ISO_DATE_TIME.exec(text.trim());
  if (!match) return void 0;
  const [, y, mo, d, h, mi, s = "00", frac = "", zulu, sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
  if (hour > 23 || minute > 59 || second > 59) return void 0;
  let offsetMinutes = 0;
  if (!zulu) {
    const offH = Number(oh);
    const offM = Number(om);
    if (offH > 23 || offM > 59) return void 0;
    offsetMinutes = (sign === "-" ? -1 : 1) * (offH * 60 + offM);
  }
  const nanosTotal = Number(frac.padEnd(9, "0"));
  const ms = Math.floor(nanosTotal / 1e6);
  const epochMs = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 6e4;
  if (year < 100 || !Number.isFinite(epochMs)) return void 0;
  return new UtcInstant(epochMs, nanosTotal % 1e6);
}
var UtcInstant = class {
  constructor(epochMs, subMsNanos) {
    this.epochMs = epochMs;
    this.subMsNanos = subMsNanos;
  }
  epochMs;
  subMsNanos;
  get iso() {
    return formatInstant(this.epochMs, this.subMsNanos);
  }
  toJSON() {
    return { epochMs: this.epochMs, subMsNanos: this.subMsNanos, iso: this.iso };
  }
};
function compareInstants(a, b) {
  return a.epochMs - b.epochMs || a.subMsNanos - b.subMsNanos;
}
function formatInstant(epochMs, subMsNanos = 0) {
  if (Number.isInteger(epochMs) && epochMs >= FOUR_DIGIT_YEARS_FROM && epochMs <= FOUR_DIGIT_YEARS_TO) return formatFast(epochMs, subMsNanos);
  const base = new Date(epochMs).toISOString();
  const ms = epochMs - Math.floor(epochMs / 1e3) * 1e3;
  if (ms === 0 && subMsNanos === 0) return `${base.slice(0, 19)}Z`;
  const fraction = `${String(ms).padStart(3, "0")}${subMsNanos === 0 ? "" : String(subMsNanos).padStart(6, "0")}`;
  return `${base.slice(0, 19)}.${fraction.replace(/0+$/, "")}Z`;
}
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
var MS_PER_DAY = 864e5;
var FOUR_DIGIT_YEARS_FROM = -621672192e5;
var FOUR_DIGIT_YEARS_TO = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
var cachedDay = Number.NaN;
var cachedDayPrefix = "";
function formatFast(epochMs, subMsNanos) {
  const day = Math.floor(epochMs / MS_PER_DAY);
  if (day !== cachedDay) {
    cachedDayPrefix = new Date(day * MS_PER_DAY).toISOString().slice(0, 11);
    cachedDay = day;
  }
  let rest = epochMs - day * MS_PER_DAY;
  const ms = rest % 1e3;
  rest = (rest - ms) / 1e3;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const time = `${cachedDayPrefix}${twoDigits((rest - minute) / 60)}:${twoDigits(minute)}:${twoDigits(second)}`;
  if (ms === 0 && subMsNanos === 0) return `${time}Z`;
  const fraction = `${String(ms).padStart(3, "0")}${subMsNanos === 0 ? "" : String(subMsNanos).padStart(6, "0")}`;
  let end = fraction.length;
  while (fraction.charCodeAt(end - 1) === 48) end--;
  return `${time}.${fraction.slice(0, end)}Z`;
}
function twoDigits(n) {
  return n < 10 ? `0${n}` : String(n);
}

// packages/core/src/stamp.ts
function compareStamps(a, b) {
  if (a === b) return 0;
  return compareInstants(a.instant, b.instant) || compareCodePoints(a.agent, b.agent) || compareIdentities(a, b);
}
function compareIdentities(a, b) {
  if (a.eventId !== void 0 && b.eventId !== void 0) return compareCodePoints(a.eventId, b.eventId);
  return compareCodePoints(a.file, b.file) || compareCodePoints(a.contentHash, b.contentHash);
}
function maxStamp(a, b) {
  return compareStamps(a, b) >= 0 ? a : b;
}
function minStamp(a, b) {
  return compareStamps(a, b) <= 0 ? a : b;
}
function compareCodePoints(a, b) {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca !== cb) {
      const sa = ca >= 55296 && ca <= 57343;
      const sb = cb >= 55296 && cb <= 57343;
      if (sa !== sb) return sa ? 1 : -1;
      return ca - cb;
    }
  }
  return a.length - b.length;
}

// packages/core/src/event.ts
function summarizeEvent(event, max = 100) {
  const candidate = event.now ?? event.thisSession[0] ?? event.checkpoints[0]?.phase.concat(": ", event.checkpoints[0].status) ?? event.openQuestions[0] ?? (event.decisions.size > 0 ? `decided ${[...event.decisions.keys()].join(", ")}` : void 0) ?? event.type ?? "(empty event)";
  const oneLine3 = candidate.replace(/\s+/g, " ").trim();
  return oneLine3.length > max ? `${oneLine3.slice(0, max - 1)}\u2026` : oneLine3;
}

// packages/core/src/parse-event.ts
var import_gray_matter = __toESM(require_gray_matter(), 1);

// packages/core/src/frontmatter.ts
var OPEN = "---";
var CLOSE = "\n---";
var DEFAULT_LANGUAGE = "yaml";
function splitFrontmatter(input) {
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  if (!text.startsWith(OPEN) || text.charAt(OPEN.length) === "-") return { kind: "none", content: text };
  let rest = text.slice(OPEN.length);
  const rawLanguage = rest.slice(0, lineBreakAt(rest));
  const tag = rawLanguage.trim();
  if (tag !== "") rest = rest.slice(rawLanguage.length);
  const closeAt = rest.indexOf(CLOSE);
  const closed = closeAt !== -1;
  const matter2 = closed ? rest.slice(0, closeAt) : rest;
  let content = "";
  if (closed) {
    content = rest.slice(closeAt + CLOSE.length);
    if (content.charCodeAt(0) === 13) content = content.slice(1);
    if (content.charCodeAt(0) === 10) content = content.slice(1);
  }
  return { kind: "frontmatter", language: tag === "" ? DEFAULT_LANGUAGE : tag, matter: matter2, empty: isBlankMatter(matter2), content };
}
function lineBreakAt(text) {
  const at = text.indexOf("\n");
  if (at > 0 && text.charCodeAt(at - 1) === 13) return at - 1;
  return at;
}
function isBlankMatter(matter2) {
  if (/^[ \t\n]*[A-Za-z]/.test(matter2)) return false;
  return matter2.replace(/^\s*#[^\n]+/gm, "").trim() === "";
}

// packages/core/src/hash.ts
import * as crypto from "node:crypto";
var oneShot = crypto.hash;
var sha256Hex = typeof oneShot === "function" ? (text) => oneShot("sha256", text, "hex") : (text) => crypto.createHash("sha256").update(text, "utf8").digest("hex");

// packages/core/src/normalize-text.ts
function normalizeText(text) {
  const noBom = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  return noBom.includes("\r") ? noBom.replace(/\r\n?/g, "\n") : noBom;
}

// packages/core/src/own-string.ts
var SLICE_MIN_LENGTH = 13;
function ownString(text) {
  return text.length < SLICE_MIN_LENGTH ? text : [text.slice(0, 1), text.slice(1)].join("");
}
var MAX_INTERNED = 4096;
var MAX_INTERNED_LENGTH = 200;
var interned = /* @__PURE__ */ new Map();
function internString(text) {
  if (text.length > MAX_INTERNED_LENGTH) return ownString(text);
  const existing = interned.get(text);
  if (existing !== void 0) return existing;
  const copy = ownString(text);
  if (interned.size < MAX_INTERNED) interned.set(copy, copy);
  return copy;
}

// packages/core/src/yaml.ts
var import_yaml = __toESM(require_dist(), 1);

// packages/core/src/yaml-warnings.ts
function duplicateKeyWarning(line, key, earlierLine) {
  return {
    line,
    message: `duplicate key ${JSON.stringify(key)} (also on line ${earlierLine}): the last value wins; remove or rename one`,
    slip: ["duplicate", ownString(key), earlierLine]
  };
}
function compactWarning({ line, message, slip }) {
  return slip === void 0 ? [line, message] : [line, ...slip];
}
function expandWarning(compact) {
  return compact.length === 2 ? { line: compact[0], message: compact[1] } : slipWarning(compact[0], compact.slice(1));
}
function slipWarning(line, slip) {
  return slip[0] === "comment" ? droppedCommentWarning(line, slip[1], slip[2]) : duplicateKeyWarning(line, slip[1], slip[2]);
}
function droppedCommentWarning(line, kept, rest) {
  const lost = clip(rest.trim());
  const shown = clip(kept);
  return {
    line,
    message: `${JSON.stringify(lost)} after ${JSON.stringify(shown)} is a YAML comment and was dropped; quote the text to keep it, e.g. "${shown} ${lost}"`,
    // Own copies: a slice of the file's text would keep the whole file alive as long as the slip.
    slip: ["comment", ownString(shown), ownString(lost)]
  };
}
function byLine(a, b) {
  return a.line - b.line;
}
function clip(text) {
  return text.length > 60 ? `${text.slice(0, 59)}\u2026` : text;
}

// packages/core/src/fast-yaml.ts
var UNSURE = /* @__PURE__ */ Symbol("unsure");
function fastParseYaml(text, options2 = {}) {
  if (UNUSUAL.test(text) || EDGE_UNICODE_SPACE.test(text)) return UNSURE;
  const reader = new LineReader(text.split("\n"), options2);
  reader.skipBlank();
  if (reader.done() || !reader.atColumnZero()) return UNSURE;
  const value = reader.mapping(0, 0);
  reader.skipBlank();
  if (value === UNSURE || !reader.done()) return UNSURE;
  return { value, warnings: reader.warnings.sort(byLine) };
}
var UNUSUAL = /[\t\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/u;
var EDGE_UNICODE_SPACE = /(?:^|[ :-])[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000](?: |$)/mu;
var KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
var SPECIAL_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
var MAX_KEY_LENGTH = 200;
var NULL = /^(?:null|Null|NULL|~)$/;
var CORE_NON_STRING = /^(?:true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
var AFTER_QUOTED = /^(?: *| +#.*)$/;
var SPACE = 32;
var MAX_DEPTH = 16;
function indentOf(line) {
  let n = 0;
  while (line.charCodeAt(n) === SPACE) n++;
  return n;
}
function isBlankOrComment(line) {
  const indent = indentOf(line);
  return indent === line.length || line.charCodeAt(indent) === 35;
}
function plainEnd(line, from) {
  const hash2 = line.indexOf(" #", from);
  let end = hash2 === -1 ? line.length : hash2;
  while (end > from && line.charCodeAt(end - 1) === SPACE) end--;
  return { end, comment: hash2 !== -1 };
}
function isPlainText(text) {
  return text !== "" && !text.includes(": ") && !text.endsWith(":");
}
function quoted(text) {
  const quote = text[0];
  let value = "";
  let from = 1;
  for (; ; ) {
    const close = text.indexOf(quote, from);
    if (close === -1) return UNSURE;
    value += text.slice(from, close);
    if (quote === "'" && text[close + 1] === "'") {
      value += "'";
      from = close + 2;
      continue;
    }
    if (quote === '"' && value.includes("\\")) return UNSURE;
    return AFTER_QUOTED.test(text.slice(close + 1)) ? value : UNSURE;
  }
}
var LineReader = class {
  constructor(lines, options2) {
    this.lines = lines;
    this.scalarsAsText = options2.scalarsAsText === true;
    this.forgiving = options2.forgiving === true;
    this.lineOffset = options2.lineOffset ?? 0;
  }
  lines;
  at = 0;
  warnings = [];
  scalarsAsText;
  forgiving;
  lineOffset;
  done() {
    return this.at >= this.lines.length;
  }
  atColumnZero() {
    return indentOf(this.lines[this.at]) === 0;
  }
  skipBlank() {
    while (this.at < this.lines.length && isBlankOrComment(this.lines[this.at])) this.at++;
  }
  /** The line number a warning names for line `index` of the text (as `yaml.ts` counts: 1-based, plus the offset). */
  lineNumber(index) {
    return index + 1 + this.lineOffset;
  }
  /**
   * A block mapping whose keys sit at column `indent`, starting at the current line (for a mapping
   * that opens a sequence item, `- key: value`, the current line's `- ` is skipped by column).
   */
  mapping(indent, depth) {
    if (depth > MAX_DEPTH) return UNSURE;
    const map = /* @__PURE__ */ new Map();
    const keyLines = /* @__PURE__ */ new Map();
    for (; ; ) {
      const line = this.lines[this.at];
      const rest = line.slice(indent);
      const colon = rest.indexOf(":");
      if (colon <= 0 || colon > MAX_KEY_LENGTH) return UNSURE;
      const key = rest.slice(0, colon);
      if (!KEY.test(key) || SPECIAL_KEY.test(key)) return UNSURE;
      if (!this.noteKey(keyLines, key)) return UNSURE;
      const after = rest.slice(colon + 1);
      const start = indentOf(after);
      let value;
      if (start === after.length) {
        this.at++;
        value = this.nested(indent, depth);
      } else if (after === " |" || after === " |-") {
        this.at++;
        value = this.literal(indent, after === " |");
      } else {
        if (start === 0) return UNSURE;
        value = this.scalar(indent + colon + 1 + start, indent);
      }
      if (value === UNSURE) return UNSURE;
      map.set(key, value);
      this.skipBlank();
      if (this.done()) return map;
      const next = this.lines[this.at];
      const nextIndent = indentOf(next);
      if (nextIndent < indent) return map;
      if (nextIndent > indent || next.startsWith("-", indent)) return UNSURE;
    }
  }
  /**
   * Record `key` at the current line; false when it repeats and that is an error (`yaml` rejects a
   * duplicate key unless forgiving, where it is a warning).
   */
  noteKey(keyLines, key) {
    const line = this.lineNumber(this.at);
    const earlier = keyLines.get(key);
    if (earlier !== void 0) {
      if (!this.forgiving) return false;
      this.warnings.push(duplicateKeyWarning(line, key, earlier));
    }
    keyLines.set(key, line);
    return true;
  }
  /** The value of `key:` with nothing after the colon: a block below it, or null. */
  nested(indent, depth) {
    this.skipBlank();
    if (this.done()) return null;
    const line = this.lines[this.at];
    const lineIndent = indentOf(line);
    if (lineIndent >= indent && (line.startsWith("- ", lineIndent) || line.length === lineIndent + 1 && line[lineIndent] === "-")) {
      return this.sequence(lineIndent, depth + 1);
    }
    if (lineIndent > indent) return this.mapping(lineIndent, depth + 1);
    return null;
  }
  sequence(indent, depth) {
    if (depth > MAX_DEPTH) return UNSURE;
    const items = [];
    for (; ; ) {
      const line = this.lines[this.at];
      if (!line.startsWith("- ", indent)) return UNSURE;
      const column = indent + 2;
      if (line.length === column || line.charCodeAt(column) === SPACE) return UNSURE;
      const item = this.opensMapping(line, column) ? this.mapping(column, depth + 1) : this.scalar(column, indent);
      if (item === UNSURE) return UNSURE;
      items.push(item);
      this.skipBlank();
      if (this.done()) return items;
      const next = this.lines[this.at];
      const nextIndent = indentOf(next);
      if (nextIndent > indent) return UNSURE;
      if (nextIndent < indent || !next.startsWith("-", indent)) return items;
    }
  }
  /** Whether the text at `column` is an implicit key (`key: value`, `key:`) rather than a scalar. */
  opensMapping(line, column) {
    const first = line[column];
    if (first === '"' || first === "'") return false;
    const text = line.slice(column, plainEnd(line, column).end);
    return text.includes(": ") || text.endsWith(":");
  }
  /**
   * A literal block scalar (`|` keeps one final newline, `|-` none) under a key at column `indent`:
   * its lines, indented alike past the key, with that indentation removed. Empty lines inside are
   * kept; lines holding only spaces, and a first line that is empty or indented further than a
   * later one, are left to `yaml`.
   */
  literal(indent, clip2) {
    const first = this.lines[this.at];
    if (first === void 0 || indentOf(first) === first.length) return UNSURE;
    const column = indentOf(first);
    if (column <= indent) return UNSURE;
    const content = [];
    let blankRun = 0;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at];
      if (line === "") {
        blankRun++;
        this.at++;
        continue;
      }
      const lineIndent = indentOf(line);
      if (lineIndent === line.length) return UNSURE;
      if (lineIndent < column) {
        if (lineIndent > indent) return UNSURE;
        break;
      }
      for (; blankRun > 0; blankRun--) content.push("");
      content.push(line.slice(column));
      this.at++;
    }
    this.at -= blankRun;
    return content.join("\n") + (clip2 ? "\n" : "");
  }
  /**
   * The scalar starting at `column` of the current line, inside a block whose own column is
   * `parentIndent`; leaves the reader on the line after it.
   */
  scalar(column, parentIndent) {
    const line = this.lines[this.at];
    const first = line[column];
    if (first === '"' || first === "'") {
      this.at++;
      return quoted(line.slice(column));
    }
    return this.plain(column, parentIndent);
  }
  /**
   * A plain scalar: its first line from `column`, then the lines indented deeper than
   * `parentIndent`, folded (a line break becomes a space; n empty lines become n line breaks). A
   * ` #` ends it, and a comment line after it too.
   */
  plain(column, parentIndent) {
    const firstLine3 = this.at;
    let lastLine2 = firstLine3;
    let { end, comment } = plainEnd(this.lines[firstLine3], column);
    let text = this.lines[firstLine3].slice(column, end);
    if (!isPlainText(text) || INDICATOR.test(text)) return UNSURE;
    let emptyLines = 0;
    for (let at = firstLine3 + 1; !comment && at < this.lines.length; at++) {
      const line = this.lines[at];
      const lineIndent = indentOf(line);
      if (lineIndent === line.length) {
        emptyLines++;
        continue;
      }
      if (lineIndent <= parentIndent || line.charCodeAt(lineIndent) === 35) break;
      ({ end, comment } = plainEnd(line, lineIndent));
      const more = line.slice(lineIndent, end);
      if (!isPlainText(more) || INDICATOR.test(more)) return UNSURE;
      text += (emptyLines === 0 ? " " : "\n".repeat(emptyLines)) + more;
      emptyLines = 0;
      lastLine2 = at;
    }
    this.at = lastLine2 + 1;
    const value = this.resolvePlain(text);
    if (comment && value !== null && value !== UNSURE) this.noteDroppedComment(firstLine3, column, lastLine2, end);
    return value;
  }
  /** What the schema makes of a plain scalar: null, a string, or (core schema, not as text) UNSURE. */
  resolvePlain(text) {
    if (NULL.test(text)) return null;
    if (!this.scalarsAsText && CORE_NON_STRING.test(text)) return UNSURE;
    return text;
  }
  /**
   * Forgiving, a comment that cut a plain scalar short is a warning; `kept` is the scalar's source
   * from its first character to `end` on its last line, as `yaml.ts` slices it.
   */
  noteDroppedComment(firstLine3, column, lastLine2, end) {
    if (!this.forgiving) return;
    const last = this.lines[lastLine2];
    const kept = firstLine3 === lastLine2 ? last.slice(column, end) : [this.lines[firstLine3].slice(column), ...this.lines.slice(firstLine3 + 1, lastLine2), last.slice(0, end)].join("\n");
    this.warnings.push(droppedCommentWarning(this.lineNumber(lastLine2), kept, last.slice(end)));
  }
};

// packages/core/src/yaml.ts
var PARSE_OPTIONS = {
  schema: "core",
  version: "1.2",
  uniqueKeys: true,
  merge: false,
  prettyErrors: false,
  strict: true
};
var TO_JS_OPTIONS = { mapAsMap: true, maxAliasCount: 50 };
var TEXT_SCALARS = {
  ...PARSE_OPTIONS,
  customTags: (tags) => tags.filter((tag) => typeof tag !== "object" || !/:(?:int|float|bool)$/.test(tag.tag))
};
var NO_WARNINGS = Object.freeze([]);
function parseYaml(text, options2 = {}) {
  const fast = fastParseYaml(text, options2);
  if (fast !== UNSURE) return { ok: true, value: fast.value, warnings: fast.warnings.length > 0 ? fast.warnings : NO_WARNINGS };
  return parseYamlFully(text, options2);
}
function parseYamlFully(text, options2 = {}) {
  try {
    const base = options2.scalarsAsText ? TEXT_SCALARS : PARSE_OPTIONS;
    const lineCounter = new import_yaml.LineCounter();
    const doc = (0, import_yaml.parseDocument)(text, options2.forgiving ? { ...base, uniqueKeys: false, lineCounter } : base);
    if (doc.errors.length > 0) {
      const first = doc.errors[0];
      return { ok: false, reason: firstLine(first.message) };
    }
    const warnings = options2.forgiving ? forgivenSlips(doc, text, lineCounter, options2.lineOffset ?? 0) : NO_WARNINGS;
    return { ok: true, value: doc.toJS(TO_JS_OPTIONS), warnings };
  } catch (error) {
    return { ok: false, reason: firstLine(error instanceof Error ? error.message : String(error)) };
  }
}
function forgivenSlips(doc, text, lines, lineOffset) {
  const warnings = [];
  const lineOf = (offset) => lines.linePos(offset).line + lineOffset;
  (0, import_yaml.visit)(doc, {
    Map(_, map) {
      const seen = /* @__PURE__ */ new Map();
      for (const pair of map.items) {
        if (!(0, import_yaml.isScalar)(pair.key) || !pair.key.range) continue;
        const key = String(pair.key.value);
        const line = lineOf(pair.key.range[0]);
        const earlier = seen.get(key);
        if (earlier !== void 0) {
          warnings.push(duplicateKeyWarning(line, key, earlier));
        }
        seen.set(key, line);
      }
    },
    Scalar(key, node) {
      if (key === "key" || node.type !== "PLAIN" || !node.range || node.value === null) return;
      const [start, valueEnd] = node.range;
      if (text.slice(start, valueEnd).trim() === "") return;
      const lineEnd = text.indexOf("\n", valueEnd);
      const rest = text.slice(valueEnd, lineEnd === -1 ? void 0 : lineEnd);
      if (!/^[ \t]+#/.test(rest)) return;
      warnings.push(droppedCommentWarning(lineOf(valueEnd), text.slice(start, valueEnd), rest));
    }
  });
  return warnings.sort(byLine);
}
function firstLine(message) {
  const line = message.split("\n", 1)[0] ?? message;
  return line.length > 200 ? `${line.slice(0, 200)}\u2026` : line;
}

// packages/core/src/parse-event.ts
var InvalidEvent = class extends Error {
};
var rejectEngine = (name) => () => {
  throw new InvalidEvent(`frontmatter language "${name}" is not allowed (only YAML)`);
};
var MATTER_OPTIONS = {
  language: "yaml",
  engines: {
    // gray-matter uses the `yaml` package (YAML 1.2, Maps for mappings) instead of js-yaml.
    yaml: { parse: parseFrontmatterYaml, stringify: () => "" },
    // Never let a `---js` header run code.
    javascript: rejectEngine("javascript"),
    coffee: rejectEngine("coffee"),
    json: rejectEngine("json"),
    toml: rejectEngine("toml")
  }
};
var frontmatterWarnings = [];
function parseFrontmatterYaml(text) {
  const result = parseYaml(text, { forgiving: true, lineOffset: 0 });
  if (!result.ok) throw new InvalidEvent(`frontmatter is not valid YAML: ${result.reason}`);
  frontmatterWarnings = result.warnings;
  if (!(result.value instanceof Map)) {
    throw new InvalidEvent('frontmatter must be a YAML mapping such as "ts: 2026-01-10T13:03:52Z"');
  }
  return result.value;
}
function parseEventDocument(rawText, file) {
  return documentResult(rawText, file, splitWithoutGrayMatter);
}
function documentResult(rawText, file, split) {
  try {
    return { ok: true, document: readDocument(rawText, split) };
  } catch (error) {
    if (error instanceof InvalidEvent) return { ok: false, issue: { file, reason: error.message } };
    throw error;
  }
}
function splitWithGrayMatter(text) {
  const parsed = (0, import_gray_matter.default)(text, MATTER_OPTIONS);
  return { data: parsed.data, content: parsed.content };
}
function splitWithoutGrayMatter(text) {
  const split = splitFrontmatter(text);
  if (split.kind === "none") return { data: void 0, content: split.content };
  if (!/^ya?ml$/i.test(split.language)) return splitWithGrayMatter(text);
  return { data: split.empty ? void 0 : parseFrontmatterYaml(split.matter), content: split.content };
}
function readDocument(rawText, split) {
  if (rawText.includes("\0")) throw new InvalidEvent("binary file (contains NUL bytes)");
  const text = normalizeText(rawText);
  if (text.trim() === "") throw new InvalidEvent("empty file");
  const language = /^---[ \t]*([A-Za-z][\w-]*)[ \t]*\n/.exec(text)?.[1];
  if (language !== void 0 && !/^ya?ml$/i.test(language)) {
    throw new InvalidEvent(`frontmatter language "${language.slice(0, 20)}" is not allowed (only YAML)`);
  }
  if (!/^---[ \t]*(?:ya?ml[ \t]*)?\n/i.test(text)) {
    throw new InvalidEvent(`no YAML frontmatter: expected the file to start with a "---" line, found ${quoteInput(text.split("\n", 1)[0])}`);
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    throw new InvalidEvent('frontmatter is not closed: expected a second "---" line after the header fields');
  }
  frontmatterWarnings = [];
  const parsed = split(text);
  const warnings = [...frontmatterWarnings];
  frontmatterWarnings = [];
  const frontmatter = parsed.data instanceof Map ? parsed.data : /* @__PURE__ */ new Map();
  if (frontmatter.size === 0) throw new InvalidEvent('frontmatter is empty: "ts" and "agent" are required');
  const bodyText = parsed.content;
  let body = /* @__PURE__ */ new Map();
  if (bodyText.trim() !== "") {
    const lineOffset = text.endsWith(bodyText) ? countLines(text.slice(0, text.length - bodyText.length)) : 0;
    const result = parseYaml(bodyText, { scalarsAsText: true, forgiving: true, lineOffset });
    if (!result.ok) throw new InvalidEvent(`body is not valid YAML: ${result.reason}`);
    warnings.push(...result.warnings);
    if (result.value instanceof Map) body = result.value;
    else if (result.value !== null && result.value !== void 0) {
      throw new InvalidEvent('body must be a YAML mapping with sections such as "now:", "this_session:", "decisions:"');
    }
  }
  return { frontmatter, body, contentHash: sha256Hex(text), warnings };
}
function countLines(text) {
  let count = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  return count;
}
function parseEvent(rawText, file) {
  const doc = parseEventDocument(rawText, file);
  if (!doc.ok) return doc;
  try {
    const event = toEvent(doc.document, file);
    return { ok: true, event, warnings: doc.document.warnings.map((w) => ({ file, line: w.line, message: w.message, slip: w.slip })) };
  } catch (error) {
    if (error instanceof InvalidEvent) return { ok: false, issue: { file, reason: error.message } };
    throw error;
  }
}
var MAX_AGENT_LENGTH = 200;
function toEvent({ frontmatter, body, contentHash }, file) {
  const tsValue = frontmatter.get("ts");
  if (tsValue === void 0 || tsValue === null) {
    throw new InvalidEvent('missing "ts": expected an ISO-8601 timestamp like 2026-01-10T13:03:52Z');
  }
  const ts = requireInstant(tsValue, '"ts"');
  const agent = frontmatter.get("agent");
  if (agent === void 0 || agent === null) throw new InvalidEvent('missing "agent": expected a name such as "toast"');
  if (typeof agent !== "string") {
    throw new InvalidEvent(`"agent" must be a string, got ${describeType(agent)} ${quoteInput(agent)} (quote it)`);
  }
  if (agent.trim() === "" || agent.length > MAX_AGENT_LENGTH || /[\u0000-\u001f\u007f]/.test(agent)) {
    throw new InvalidEvent(`"agent" must be 1-${MAX_AGENT_LENGTH} printable characters, got ${quoteInput(agent)}`);
  }
  return {
    file,
    contentHash,
    ts,
    agent: internString(agent),
    branch: internOptional(optionalScalar(frontmatter, "branch")),
    type: internOptional(optionalScalar(frontmatter, "type")),
    reason: optionalScalar(frontmatter, "reason"),
    session: optionalScalar(frontmatter, "session"),
    now: optionalText(body, "now"),
    thisSession: textList(body, "this_session"),
    inProgress: body.has("in_progress") ? textList(body, "in_progress") : void 0,
    decisions: decisionMap(body),
    checkpoints: checkpointList(body, tsValue, ts),
    openQuestions: textList(body, "open_questions"),
    resolvedQuestions: textList(body, "resolved_questions")
  };
}
function internOptional(value) {
  return value === void 0 ? void 0 : internString(value);
}
function requireInstant(value, field) {
  const instant = typeof value === "string" ? parseInstant(value) : void 0;
  if (!instant) {
    throw new InvalidEvent(
      `${field} must be an ISO-8601 date-time with an offset, like 2026-01-10T13:03:52Z or 2026-01-10T14:03:52+01:00; got ${quoteInput(value)}`
    );
  }
  const iso = NORMALISED_UTC.test(value) ? value : instant.iso;
  return { epochMs: instant.epochMs, subMsNanos: instant.subMsNanos, iso: ownString(iso) };
}
var NORMALISED_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{0,8}[1-9])?Z$/;
function isScalar2(value) {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" || typeof value === "bigint";
}
function describeType(value) {
  if (value instanceof Map) return "a mapping";
  if (Array.isArray(value)) return "a list";
  return typeof value;
}
function optionalScalar(map, key) {
  const value = map.get(key);
  if (value === void 0 || value === null) return void 0;
  if (!isScalar2(value)) throw new InvalidEvent(`"${key}" must be a single value, got ${describeType(value)}`);
  return String(value);
}
function toText(value) {
  const text = String(value);
  const last = text.charCodeAt(text.length - 1);
  if (last > 32 && last < 127 && text.charCodeAt(0) !== 10) return ownString(text);
  return ownString(text.replace(/\s+$/, "").replace(/^\n+/, ""));
}
function notText(where2, value) {
  return new InvalidEvent(`${where2} must be text, got ${describeType(value)}`);
}
function optionalText(map, key) {
  const value = map.get(key);
  if (value === void 0 || value === null) return void 0;
  if (!isScalar2(value)) throw notText(`"${key}"`, value);
  const text = toText(value);
  return text === "" ? void 0 : text;
}
function textList(map, key) {
  const value = map.get(key);
  if (value === void 0 || value === null) return [];
  if (isScalar2(value)) {
    const text = toText(value);
    return text === "" ? [] : [text];
  }
  if (!Array.isArray(value)) throw new InvalidEvent(`"${key}" must be a list of text items, got ${describeType(value)}`);
  const items = [];
  let position = 0;
  for (const item of value) {
    if (item === null) continue;
    position++;
    if (!isScalar2(item)) throw notText(`"${key}" item ${position}`, item);
    const text = toText(item);
    if (text !== "") items.push(text);
  }
  return items;
}
function decisionMap(body) {
  const value = body.get("decisions");
  const decisions = /* @__PURE__ */ new Map();
  if (value === void 0 || value === null) return decisions;
  if (!(value instanceof Map)) {
    throw new InvalidEvent(`"decisions" must be a mapping of key: value, got ${describeType(value)}`);
  }
  for (const [rawKey, rawValue] of value) {
    if (!isScalar2(rawKey) && rawKey !== null) throw new InvalidEvent('"decisions" keys must be plain text');
    const key = rawKey === null ? "null" : ownString(String(rawKey));
    if (rawValue === null) decisions.set(key, "");
    else if (isScalar2(rawValue)) decisions.set(key, toText(rawValue));
    else throw notText(`decision ${quoteInput(key)}`, rawValue);
  }
  return decisions;
}
function checkpointList(body, tsValue, eventTs) {
  const value = body.get("checkpoints");
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) throw new InvalidEvent(`"checkpoints" must be a list of {phase, status, updated}, got ${describeType(value)}`);
  return value.map((item, i) => {
    const where2 = () => `"checkpoints" item ${i + 1}`;
    if (!(item instanceof Map)) throw new InvalidEvent(`${where2()} must be a mapping with phase and status, got ${describeType(item)}`);
    const phase = item.get("phase");
    const status = item.get("status");
    if (phase === void 0 || phase === null || !isScalar2(phase)) throw new InvalidEvent(`${where2()} needs a "phase"`);
    if (status === void 0 || status === null || !isScalar2(status)) throw new InvalidEvent(`${where2()} needs a "status"`);
    const updated = item.get("updated");
    return {
      phase: internString(String(phase)),
      status: internString(String(status)),
      updated: (
        // Most checkpoints are reached at the event's time, spelled as its "ts": that parses to eventTs.
        updated === void 0 || updated === null || updated === tsValue ? eventTs : sameInstant(requireInstant(updated, `${where2()} "updated"`), eventTs)
      )
    };
  });
}
function sameInstant(instant, eventTs) {
  return instant.epochMs === eventTs.epochMs && instant.subMsNanos === eventTs.subMsNanos ? eventTs : instant;
}

// packages/core/src/ledger-state.ts
import { createHash as createHash2 } from "node:crypto";

// packages/core/src/digest-text.ts
import { Buffer as Buffer2 } from "node:buffer";
var DIGEST_BYTES = 32;
var DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let digit = 0; digit < 16; digit++) DIGIT_VALUE["0123456789abcdef".charCodeAt(digit)] = digit;
var DIGIT_CODE = Array.from("0123456789abcdef", (digit) => digit.charCodeAt(0));
var codes = new Array(DIGEST_BYTES).fill(0);
var digits = new Array(2 * DIGEST_BYTES).fill(0);
function latin1OfSha256Hex(hex) {
  if (hex.length !== 2 * DIGEST_BYTES) return void 0;
  for (let i = 0; i < DIGEST_BYTES; i++) {
    const high = DIGIT_VALUE[hex.charCodeAt(2 * i)] ?? -1;
    const low = DIGIT_VALUE[hex.charCodeAt(2 * i + 1)] ?? -1;
    if (high < 0 || low < 0) return void 0;
    codes[i] = high << 4 | low;
  }
  return String.fromCharCode.apply(null, codes);
}
function hexOfLatin1(text) {
  if (text.length !== DIGEST_BYTES) return Buffer2.from(text, "latin1").toString("hex");
  for (let i = 0; i < DIGEST_BYTES; i++) {
    const byte = text.charCodeAt(i) & 255;
    digits[2 * i] = DIGIT_CODE[byte >> 4];
    digits[2 * i + 1] = DIGIT_CODE[byte & 15];
  }
  return String.fromCharCode.apply(null, digits);
}

// packages/core/src/ledger-state.ts
var EventRecord = class {
  constructor(key, epochMs, subMsNanos, agent, branch, type, summary) {
    this.key = key;
    this.epochMs = epochMs;
    this.subMsNanos = subMsNanos;
    this.agent = agent;
    this.branch = branch;
    this.type = type;
    this.summary = summary;
  }
  key;
  epochMs;
  subMsNanos;
  agent;
  branch;
  type;
  summary;
  get stamp() {
    return this;
  }
  get instant() {
    return this;
  }
  get eventId() {
    return this.key;
  }
  get iso() {
    return formatInstant(this.epochMs, this.subMsNanos);
  }
  get file() {
    return this.key.slice(0, this.key.indexOf("\0"));
  }
  get contentHash() {
    return hexOfLatin1(this.key.slice(this.key.indexOf("\0") + 1));
  }
};
function emptyState() {
  return {
    events: /* @__PURE__ */ new Map(),
    now: void 0,
    agentNow: /* @__PURE__ */ new Map(),
    agentInProgress: /* @__PURE__ */ new Map(),
    thisSession: /* @__PURE__ */ new Map(),
    decisions: /* @__PURE__ */ new Map(),
    checkpoints: /* @__PURE__ */ new Map(),
    openQuestions: /* @__PURE__ */ new Map(),
    resolvedQuestions: /* @__PURE__ */ new Set()
  };
}
function eventKey(event) {
  const hash2 = latin1OfSha256Hex(event.contentHash);
  if (hash2 === void 0) throw new TypeError(`contentHash must be a SHA-256 hex digest, got ${JSON.stringify(event.contentHash.slice(0, 80))}`);
  return [event.file, hash2].join("\0");
}
function eventKeyHex(key) {
  const cut = key.indexOf("\0");
  return [key.slice(0, cut), hexOfLatin1(key.slice(cut + 1))].join("\0");
}
var TEXT_KEY_MAX_LENGTH = 1024;
var DIGEST_LENGTH = 32;
function sessionItemId(text) {
  if (text.length <= TEXT_KEY_MAX_LENGTH && text.length !== DIGEST_LENGTH) return text;
  return createHash2("sha256").update(text, "utf8").digest("binary");
}
function stampOf(event) {
  return { instant: event.ts, agent: event.agent, file: event.file, contentHash: event.contentHash };
}
function addEvent(state, event) {
  const key = eventKey(event);
  if (state.events.has(key)) return void 0;
  const record = new EventRecord(key, event.ts.epochMs, event.ts.subMsNanos, event.agent, event.branch, event.type, summarizeEvent(event));
  state.events.set(key, record);
  if (event.now !== void 0) {
    const register = { value: event.now, stamp: record };
    state.now = joinRegister(state.now, register);
    joinAgentNow(state, register);
  }
  if (event.inProgress !== void 0) joinAgentInProgress(state, { items: event.inProgress, stamp: record });
  event.thisSession.forEach((text, position) => joinSessionItem(state, sessionItemId(text), { text, first: record, position }));
  for (const [name, value] of event.decisions) joinDecision(state, name, { value, stamp: record });
  for (const checkpoint of event.checkpoints) {
    const { updated } = checkpoint;
    const instant = compareInstants(updated, record) === 0 ? record : new UtcInstant(updated.epochMs, updated.subMsNanos);
    joinCheckpoint(state, { phase: checkpoint.phase, status: checkpoint.status, updated: instant });
  }
  for (const question of event.openQuestions) joinOpenQuestion(state, question, record);
  for (const question of event.resolvedQuestions) state.resolvedQuestions.add(question);
  return record;
}
function mergeInto(target, source) {
  for (const [key, summary] of source.events) if (!target.events.has(key)) target.events.set(key, summary);
  if (source.now) joinNow(target, source.now);
  for (const register of source.agentNow.values()) joinAgentNow(target, register);
  for (const register of source.agentInProgress.values()) joinAgentInProgress(target, register);
  for (const [id, item] of source.thisSession) joinSessionItem(target, id, item);
  for (const [name, register] of source.decisions) joinDecision(target, name, register);
  for (const [key, entry] of source.checkpoints) if (!target.checkpoints.has(key)) target.checkpoints.set(key, entry);
  for (const [question, stamp] of source.openQuestions) joinOpenQuestion(target, question, stamp);
  for (const question of source.resolvedQuestions) target.resolvedQuestions.add(question);
  return target;
}
function joinNow(target, register) {
  target.now = joinRegister(target.now, register);
}
function joinAgentNow(target, register) {
  const agent = register.stamp.agent;
  target.agentNow.set(agent, joinRegister(target.agentNow.get(agent), register));
}
function joinAgentInProgress(target, register) {
  const agent = register.stamp.agent;
  const current = target.agentInProgress.get(agent);
  if (!current || compareStamps(register.stamp, current.stamp) > 0) target.agentInProgress.set(agent, register);
}
function joinSessionItem(target, id, item) {
  const existing = target.thisSession.get(id);
  if (!existing || compareSessionItems(item, existing) < 0) target.thisSession.set(id, item);
}
function joinDecision(target, name, register) {
  target.decisions.set(name, joinRegister(target.decisions.get(name), register));
}
function joinCheckpoint(target, entry) {
  const key = checkpointKey(entry);
  if (!target.checkpoints.has(key)) target.checkpoints.set(key, entry);
}
function joinOpenQuestion(target, question, stamp) {
  const first = target.openQuestions.get(question);
  target.openQuestions.set(question, first ? minStamp(first, stamp) : stamp);
}
function joinRegister(current, candidate) {
  if (!current) return candidate;
  return maxStamp(current.stamp, candidate.stamp) === current.stamp ? current : candidate;
}
function compareSessionItems(a, b) {
  return compareStamps(a.first, b.first) || a.position - b.position || compareCodePoints(a.text, b.text);
}
function checkpointKey(entry) {
  const { updated } = entry;
  return [updated.epochMs, updated.subMsNanos, entry.phase.length, entry.phase + entry.status].join(":");
}
function compareCheckpoints(a, b) {
  return compareInstants(a.updated, b.updated) || compareCodePoints(a.phase, b.phase) || compareCodePoints(a.status, b.status);
}

// packages/core/src/digest.ts
import { Buffer as Buffer3 } from "node:buffer";
import { createHash as createHash3 } from "node:crypto";

// packages/core/src/ledger-window.ts
var DEFAULT_WINDOW = { days: 14, agents: 20, itemsPerAgent: 10 };
var DAY_MS = 864e5;
function isFullWindow(window2) {
  return window2.days === 0 && window2.agents === 0 && window2.itemsPerAgent === 0;
}
function windowKey(window2) {
  return `window ${window2.days}d ${window2.agents}a ${window2.itemsPerAgent}i`;
}

// packages/core/src/digest.ts
var RENDER_FORMAT_VERSION = "ledger-synth/3";
var computed = /* @__PURE__ */ new WeakMap();
function digestState(state, window2 = DEFAULT_WINDOW) {
  const view = windowKey(window2);
  const known = computed.get(state);
  if (known && known.size === state.events.size && known.view === view) return known.digest;
  const digest = computeDigest(state, view);
  computed.set(state, { size: state.events.size, view, digest });
  return digest;
}
function computeDigest(state, view) {
  const keys = [...state.events.keys()].sort(compareCodePoints);
  const hash2 = createHash3("sha256");
  hash2.update(`${RENDER_FORMAT_VERSION}
${view}
`);
  let buffer = Buffer3.allocUnsafe(LINES_BUFFER_BYTES);
  let at = 0;
  for (const key of keys) {
    const cut = key.indexOf("\0");
    const most = cut * 3 + 2 + (key.length - cut - 1) * 2;
    if (at + most > buffer.length) {
      hash2.update(buffer.subarray(0, at));
      at = 0;
      if (most > buffer.length) buffer = Buffer3.allocUnsafe(most);
    }
    at = writeFile(buffer, at, key, cut);
    buffer[at++] = 0;
    for (let i = cut + 1; i < key.length; i++) {
      const byte = key.charCodeAt(i);
      buffer[at++] = HEX_DIGITS[byte >> 4];
      buffer[at++] = HEX_DIGITS[byte & 15];
    }
    buffer[at++] = 10;
  }
  hash2.update(buffer.subarray(0, at));
  return `sha256:${hash2.digest("hex")}`;
}
function writeFile(buffer, at, key, length) {
  for (let i = 0; i < length; i++) {
    const unit = key.charCodeAt(i);
    if (unit >= 128) return at + buffer.write(key.slice(i, length), at, "utf8");
    buffer[at++] = unit;
  }
  return at;
}
var LINES_BUFFER_BYTES = 256 * 1024;
var HEX_DIGITS = Buffer3.from("0123456789abcdef", "latin1");

// packages/core/src/top-k.ts
function topK(items, k, compare) {
  if (k <= 0) return [...items].sort(compare);
  const kept = [];
  for (const item of items) {
    if (kept.length === k && compare(item, kept[k - 1]) >= 0) continue;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = low + high >>> 1;
      if (compare(item, kept[mid]) < 0) high = mid;
      else low = mid + 1;
    }
    kept.splice(low, 0, item);
    if (kept.length > k) kept.pop();
  }
  return kept;
}

// packages/core/src/agent-view.ts
function compareNewestFirst(a, b) {
  return compareStamps(b.first, a.first) || a.position - b.position || compareCodePoints(a.text, b.text);
}
function agentViews(state, window2) {
  const agents = /* @__PURE__ */ new Map();
  let latest;
  for (const summary of state.events.values()) {
    const { stamp } = summary;
    if (!latest || compareStamps(stamp, latest) > 0) latest = stamp;
    const row = agents.get(stamp.agent);
    if (!row) agents.set(stamp.agent, { last: stamp, events: 1, branches: new Set(summary.branch === void 0 ? [] : [summary.branch]) });
    else {
      row.events += 1;
      if (summary.branch !== void 0) row.branches.add(summary.branch);
      if (compareStamps(stamp, row.last) > 0) row.last = stamp;
    }
  }
  const cutoff = window2.days > 0 && latest ? latest.instant.epochMs - window2.days * DAY_MS : -Infinity;
  const shownNames = [...agents.entries()].filter(([, row]) => row.last.instant.epochMs >= cutoff).sort(([na, a], [nb, b]) => compareStamps(b.last, a.last) || compareCodePoints(na, nb)).slice(0, window2.agents > 0 ? window2.agents : void 0).map(([name]) => name);
  const shown = new Set(shownNames);
  const totals = /* @__PURE__ */ new Map();
  const candidates = /* @__PURE__ */ new Map();
  let doneLeftOut = 0;
  for (const item of state.thisSession.values()) {
    const agent = item.first.agent;
    totals.set(agent, (totals.get(agent) ?? 0) + 1);
    if (!shown.has(agent)) doneLeftOut += 1;
    else if (item.first.instant.epochMs >= cutoff) {
      const list2 = candidates.get(agent);
      if (list2) list2.push(item);
      else candidates.set(agent, [item]);
    }
  }
  const views = shownNames.map((agent) => {
    const row = agents.get(agent);
    const now = state.agentNow.get(agent);
    return {
      agent,
      last: row.last,
      events: row.events,
      branches: [...row.branches].sort(compareCodePoints),
      now: now && { ...now, branch: branchOf(state, now.stamp) },
      inProgress: state.agentInProgress.get(agent),
      done: topK(candidates.get(agent) ?? [], window2.itemsPerAgent, compareNewestFirst).map((item) => ({
        text: item.text,
        stamp: item.first,
        branch: branchOf(state, item.first)
      })),
      doneTotal: totals.get(agent) ?? 0
    };
  });
  return { latest, agents: views, agentsTotal: agents.size, doneLeftOut };
}
function branchOf(state, stamp) {
  return state.events.get(stamp.eventId ?? eventKey(stamp))?.branch;
}

// packages/core/src/render.ts
var MAX_BRANCHES_PER_AGENT = 5;
var CHUNK_CHARS = 1 << 16;
function renderLedgerTo(state, options2, write) {
  const window2 = options2.window ?? DEFAULT_WINDOW;
  const full = isFullWindow(window2);
  const out = new LineSink(write);
  const views = agentViews(state, window2);
  out.push("# Continuity ledger", "");
  out.push(
    `> Generated by ledger-synth from ${plural(state.events.size, "event")} by ${plural(views.agentsTotal, "agent")}.`,
    "> Do not edit by hand: record a new event and run `cc-synthesize`."
  );
  if (!full) out.push(`> ${describeWindow(window2, views.latest)} \`cc-synthesize --full\` prints everything.`);
  out.push("");
  out.push("## Now", "");
  if (state.now) {
    out.push(escapeBlock(state.now.value), "", `_${attribution(state.now.stamp)}_`);
  } else out.push("_Nothing recorded yet._");
  out.push("");
  out.push("## This session", "");
  pushAgents(out, views, full);
  out.push("## Decisions", "");
  const decisions = [...state.decisions.entries()].sort(([a], [b]) => compareCodePoints(a, b));
  pushList(out, decisions, ([key, register]) => `${decisionLine(key, register)} _(${attribution(register.stamp)})_`);
  out.push("## Checkpoints", "");
  pushCheckpoints(out, state, full);
  out.push("## Open questions", "");
  const open2 = [...state.openQuestions.entries()].filter(([question]) => !state.resolvedQuestions.has(question)).sort(([qa, sa], [qb, sb]) => compareStamps(sa, sb) || compareCodePoints(qa, qb));
  pushList(out, open2, ([question, stamp]) => `${question} _(${attribution(stamp)})_`);
  out.push("## Agents", "");
  if (views.agents.length === 0) out.push("_None._", "");
  else {
    out.push("| Agent | Events | Branches | Last event |", "|---|---|---|---|");
    const rows = [...views.agents].sort((a, b) => compareCodePoints(a.agent, b.agent));
    for (const row of rows) {
      const shown = row.branches.slice(0, MAX_BRANCHES_PER_AGENT).map(cell);
      if (row.branches.length > MAX_BRANCHES_PER_AGENT) shown.push(`+${row.branches.length - MAX_BRANCHES_PER_AGENT} more`);
      out.push(`| ${cell(row.agent)} | ${row.events} | ${shown.join(", ") || "\u2014"} | ${row.last.instant.iso} |`);
    }
    out.push("");
    const hidden = views.agentsTotal - views.agents.length;
    if (hidden > 0) out.push(`_${plural(hidden, "more agent")} active only earlier: \`cc-synthesize --full\` lists them._`, "");
  }
  out.push(
    "---",
    "_synthesized:",
    `  event_count: ${state.events.size}`,
    `  latest_ts: ${views.latest?.instant.iso ?? "null"}`,
    `  generated_at: ${options2.generatedAt}`,
    `  digest: ${digestState(state, window2)}`,
    "---"
  );
  out.flush();
}
function describeWindow(window2, latest) {
  const parts = [];
  if (window2.days > 0) parts.push(`the ${plural(window2.days, "day")} before the latest event${latest ? ` (${latest.instant.iso})` : ""}`);
  if (window2.agents > 0) parts.push(`at most ${plural(window2.agents, "agent")}`);
  if (window2.itemsPerAgent > 0) parts.push(`${plural(window2.itemsPerAgent, "done item")} per agent`);
  return `Showing ${parts.join(", ")}.`;
}
function pushAgents(out, views, full) {
  if (views.agents.length === 0) out.push("_None._", "");
  for (const view of views.agents) {
    out.push(`### ${inline(view.agent)}`, "");
    if (view.now) out.push(`Now: ${inline(view.now.value)} _(${where(view.now.branch, view.now.stamp)})_`, "");
    if (view.inProgress && view.inProgress.items.length > 0) {
      out.push(`In progress _(as of ${view.inProgress.stamp.instant.iso})_:`);
      pushList(out, view.inProgress.items, (item) => item);
    }
    if (view.doneTotal === 0) continue;
    const shown = view.done.length;
    out.push(shown === view.doneTotal ? `Done (${view.doneTotal}, newest first):` : `Done (${shown} of ${view.doneTotal}, newest first):`);
    if (shown === 0) out.line("_None in the window._");
    for (const item of view.done) out.line(`- ${indentContinuation(item.text)} _(${where(item.branch, item.stamp)})_`);
    if (shown < view.doneTotal) out.line(`- _\u2026 ${plural(view.doneTotal - shown, "earlier item")}: \`cc-synthesize --full\` prints them all._`);
    out.line("");
  }
  const hidden = views.agentsTotal - views.agents.length;
  if (hidden > 0 && !full) {
    out.push(`_${plural(hidden, "more agent")} with earlier activity (${plural(views.doneLeftOut, "done item")}) left out: \`cc-synthesize --full\` prints them._`, "");
  }
}
function pushCheckpoints(out, state, full) {
  const phases = /* @__PURE__ */ new Map();
  for (const entry of state.checkpoints.values()) {
    const list2 = phases.get(entry.phase);
    if (list2) list2.push(entry);
    else phases.set(entry.phase, [entry]);
  }
  if (phases.size === 0) out.push("_None._", "");
  for (const phase of [...phases.keys()].sort(compareCodePoints)) {
    const entries = phases.get(phase);
    const history = full ? entries.sort((a, b) => compareCheckpoints(b, a)) : [entries.reduce((a, b) => compareCheckpoints(a, b) >= 0 ? a : b)];
    const latest = history[0];
    const count = entries.length === 1 ? "" : `; ${plural(entries.length, "update")}`;
    out.line(`- phase ${indentContinuation(latest.phase)}: ${indentContinuation(latest.status)} _(${latest.updated.iso}${count})_`);
    if (full) for (const entry of history.slice(1)) out.line(`  - ${entry.updated.iso}: ${indentContinuation(entry.status)}`);
  }
  if (phases.size > 0) out.line("");
}
var LineSink = class {
  constructor(write) {
    this.write = write;
  }
  write;
  pending = [];
  pendingChars = 0;
  push(...lines) {
    for (const line of lines) this.line(line);
  }
  line(text) {
    this.pending.push(text);
    this.pendingChars += text.length + 1;
    if (this.pendingChars >= CHUNK_CHARS) this.flush();
  }
  flush() {
    if (this.pending.length === 0) return;
    this.pending.push("");
    this.write(this.pending.join("\n"));
    this.pending = [];
    this.pendingChars = 0;
  }
};
function agentRows(state) {
  const rows = /* @__PURE__ */ new Map();
  for (const summary of state.events.values()) {
    const agent = summary.stamp.agent;
    const row = rows.get(agent);
    if (!row) {
      rows.set(agent, { events: 1, branches: new Set(summary.branch ? [summary.branch] : []), last: summary.stamp });
      continue;
    }
    row.events += 1;
    if (summary.branch) row.branches.add(summary.branch);
    if (compareStamps(summary.stamp, row.last) > 0) row.last = summary.stamp;
  }
  return [...rows.entries()].sort(([a], [b]) => compareCodePoints(a, b)).map(([agent, row]) => ({ agent, events: row.events, branches: [...row.branches].sort(compareCodePoints), last: row.last }));
}
function decisionLine(key, register) {
  return `**${inline(key)}**: ${register.value}`;
}
function attribution(stamp) {
  return `${inline(stamp.agent)}, ${stamp.instant.iso}`;
}
function where(branch, stamp) {
  return branch === void 0 ? stamp.instant.iso : `${inline(branch)}, ${stamp.instant.iso}`;
}
function pushList(out, items, text) {
  if (items.length === 0) out.line("_None._");
  for (const item of items) out.line(`- ${indentContinuation(text(item))}`);
  out.line("");
}
function indentContinuation(text) {
  return text.replace(/\n/g, "\n  ");
}
function escapeBlock(text) {
  return text.replace(/^(---|#)/gm, "\\$1");
}
function inline(text) {
  return text.replace(/\s*\n\s*/g, " ");
}
function cell(text) {
  return inline(text).replace(/\|/g, "\\|");
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// packages/core/src/footer.ts
var FOOTER = /\n---\n_synthesized:\n {2}event_count: (\d+)\n {2}latest_ts: (\S+)\n {2}generated_at: (\S+)\n {2}digest: (sha256:[0-9a-f]{64})\n---\n?$/;
function parseFooter(text) {
  const match = FOOTER.exec(text.replace(/\r\n/g, "\n"));
  if (!match) return void 0;
  const [, count, latest, generatedAt, digest] = match;
  return {
    eventCount: Number(count),
    latestTs: latest === "null" ? void 0 : latest,
    generatedAt,
    digest
  };
}

// packages/core/src/agent-id.ts
var MAX_AGENT_ID_LENGTH = 64;
function sanitizeAgentId(raw) {
  const cleaned = raw.normalize("NFKC").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/\.{2,}/g, ".").replace(/^[-.]+|[-.]+$/g, "").slice(0, MAX_AGENT_ID_LENGTH).replace(/[-.]+$/g, "");
  return cleaned === "" ? "agent" : cleaned;
}

// packages/core/src/serialize-event.ts
var import_yaml3 = __toESM(require_dist(), 1);
var STRINGIFY_OPTIONS = { lineWidth: 0, indentSeq: false, aliasDuplicateObjects: false };
var NEEDS_ESCAPE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/u;
var EDGE_SPACE = /[^\S\n]|\u0085/u;
function needsDoubleQuotes(text) {
  if (NEEDS_ESCAPE.test(text)) return true;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return end > 0 && (EDGE_SPACE.test(text[0]) || EDGE_SPACE.test(text[end - 1]));
}
function toNode(value) {
  if (typeof value === "string") {
    const scalar = new import_yaml3.Scalar(value);
    if (needsDoubleQuotes(value)) scalar.type = import_yaml3.Scalar.QUOTE_DOUBLE;
    return scalar;
  }
  if (Array.isArray(value)) {
    const seq = new import_yaml3.YAMLSeq();
    for (const item of value) seq.items.push(toNode(item));
    return seq;
  }
  if (value instanceof Map) {
    const map = new import_yaml3.YAMLMap();
    for (const [key, item] of value) map.items.push(new import_yaml3.Pair(toNode(key), toNode(item)));
    return map;
  }
  return value;
}
function serializeEvent(header, body) {
  const front = /* @__PURE__ */ new Map();
  front.set("ts", header.ts);
  front.set("agent", header.agent);
  for (const key of ["branch", "type", "reason", "session"]) {
    const value = header[key];
    if (value !== void 0) front.set(key, value);
  }
  const sections = /* @__PURE__ */ new Map();
  if (body.now !== void 0) sections.set("now", body.now);
  if (body.this_session?.length) sections.set("this_session", [...body.this_session]);
  if (body.in_progress !== void 0) sections.set("in_progress", [...body.in_progress]);
  if (body.decisions?.size) sections.set("decisions", new Map(body.decisions));
  if (body.checkpoints?.length) {
    sections.set("checkpoints", body.checkpoints.map((c) => /* @__PURE__ */ new Map([["phase", c.phase], ["status", c.status], ["updated", c.updated]])));
  }
  if (body.open_questions?.length) sections.set("open_questions", [...body.open_questions]);
  if (body.resolved_questions?.length) sections.set("resolved_questions", [...body.resolved_questions]);
  const bodyText = sections.size === 0 ? "" : `
${(0, import_yaml3.stringify)(toNode(sections), STRINGIFY_OPTIONS)}`;
  return `---
${(0, import_yaml3.stringify)(toNode(front), { ...STRINGIFY_OPTIONS, blockQuote: false })}---
${bodyText}`;
}
function eventFileName(epochMs, agent, nonce) {
  const withMs = new Date(Math.floor(epochMs)).toISOString().replace(/:/g, "-");
  const safeNonce = nonce.replace(/[^A-Za-z0-9]/g, "").slice(0, 16) || "0";
  return `${withMs}_${sanitizeAgentId(agent)}_${safeNonce}.md`;
}

// packages/core/src/display-text.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
var UNSAFE_ALL = new RegExp(UNSAFE.source, "g");
var UNSAFE_EXCEPT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeChar(ch) {
  if (ch === "\n") return "\\n";
  if (ch === "\r") return "\\r";
  if (ch === "	") return "\\t";
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function escapeControls(text) {
  return text.replace(UNSAFE_EXCEPT_LINES, escapeChar);
}

// packages/core/src/hook-output.ts
function hookOutputChars(additionalContext, systemMessage) {
  return JSON.stringify({ hookSpecificOutput: { hookEventName: "SessionStart", additionalContext }, systemMessage }).length + 1;
}

// packages/core/src/in-flight.ts
function inFlightLine(event, oneLine3) {
  const [first, ...more] = event.branches;
  const where2 = `${oneLine3(first ?? "?", 80)}${more.length > 0 ? ` (+${more.length} more)` : ""}`;
  const what = event.now !== void 0 ? `Now: ${oneLine3(event.now, 200)}` : oneLine3(event.summary, 200);
  const open2 = event.openQuestions.length > 0 ? ` \u2014 open: ${event.openQuestions.map((q) => oneLine3(q, 120)).join("; ")}` : "";
  return `- ${where2}: ${event.ts} ${oneLine3(event.agent, 64)}: ${what}${open2}`;
}

// packages/core/src/session-summary.ts
var MAX_CONTEXT_CHARS = 9500;
var MAX_HOOK_OUTPUT_CHARS = 1e4;
var MAX_ITEM_CHARS = 240;
var MAX_NOW_CHARS = 1200;
var MAX_LEVEL = 64;
function capsAt(level) {
  return {
    agents: 2 + 2 * level,
    done: level,
    questionsPerAgent: 1 + level,
    otherQuestions: 2 * level,
    decisions: 2 + 2 * level,
    elsewhere: 1 + level,
    elsewhereItems: level
  };
}
function buildSessionSummary(input) {
  const budget = clampBudget(input.budget);
  const maxOutput = input.maxOutputChars ?? MAX_HOOK_OUTPUT_CHARS;
  const systemMessage = systemMessageFor(input);
  const data = prepare(input);
  const fits = (text) => text.length <= budget && hookOutputChars(text, systemMessage) < maxOutput;
  let low = 0;
  let high = MAX_LEVEL;
  let best = render(input, data, capsAt(0));
  if (!fits(best)) return { additionalContext: squeeze(best, fits, budget), systemMessage };
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const text = render(input, data, capsAt(mid));
    if (fits(text)) {
      low = mid;
      best = text;
    } else high = mid - 1;
  }
  return { additionalContext: best, systemMessage };
}
function buildLegacySummary(ledgerText, outputPath, budget) {
  const limit = clampBudget(budget);
  const head = `Continuity ledger (legacy ${outputPath}, not generated from events; shown as written):

`;
  const body = ledgerText.replace(/\r\n?/g, "\n").trim();
  const marker = "\n\u2026 (truncated to the context budget)";
  const systemMessage = `ledger-synth: loaded legacy ${outputPath} (${body.length} characters; no events directory yet)`;
  const fits = (text) => text.length <= limit && hookOutputChars(text, systemMessage) < MAX_HOOK_OUTPUT_CHARS;
  let room = limit - head.length;
  let shown = body;
  while (!fits(`${head}${shown}`) && room > 0) {
    shown = `${body.slice(0, Math.max(0, room - marker.length))}${marker}`;
    room = Math.floor(room * 0.9);
  }
  return { additionalContext: truncate(`${head}${shown}`, limit), systemMessage };
}
function clampBudget(budget) {
  if (!Number.isFinite(budget) || budget <= 0) return MAX_CONTEXT_CHARS;
  return Math.min(Math.floor(budget), MAX_CONTEXT_CHARS);
}
function prepare(input) {
  const { state } = input;
  const top = capsAt(MAX_LEVEL);
  const views = agentViews(state, { days: 0, agents: top.agents, itemsPerAgent: top.done });
  const open2 = [...state.openQuestions.entries()].filter(([question]) => !state.resolvedQuestions.has(question)).sort(([qa, sa], [qb, sb]) => compareStamps(sb, sa) || compareCodePoints(qa, qb));
  const questionsByAgent = /* @__PURE__ */ new Map();
  for (const [question, stamp] of open2) {
    const list2 = questionsByAgent.get(stamp.agent);
    if (list2) list2.push(question);
    else questionsByAgent.set(stamp.agent, [question]);
  }
  const decisions = [...state.decisions.entries()].sort(([ka, ra], [kb, rb]) => compareStamps(rb.stamp, ra.stamp) || compareCodePoints(ka, kb));
  return {
    agents: views.agents,
    agentsTotal: views.agentsTotal,
    questionsByAgent,
    questionsTotal: open2.length,
    decisions,
    elsewhere: uniqueElsewhere(input.elsewhere),
    latest: views.latest
  };
}
function uniqueElsewhere(events) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  const sorted = [...events].sort((a, b) => compareCodePoints(b.ts, a.ts) || compareCodePoints(a.worktree, b.worktree) || compareCodePoints(a.id ?? "", b.id ?? ""));
  for (const event of sorted) {
    if (event.id !== void 0) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
    }
    out.push(event);
  }
  return out;
}
function render(input, data, caps) {
  const { state } = input;
  const out = [];
  const left = { agents: 0, done: 0, questions: 0, decisions: 0, elsewhere: 0, remote: 0 };
  out.push(
    `Continuity ledger (ledger-synth): ${plural2(state.events.size, "event")} from ${plural2(data.agentsTotal, "agent")} combined${data.latest ? `, latest ${data.latest.instant.iso}` : ""}. ${describeOutcome(input.outcome, input.outputPath)}` + (input.skipped > 0 ? ` ${plural2(input.skipped, "malformed event file")} skipped (run \`${cliCommandOf(input.recordCommand)} --dry-run\` for details).` : "")
  );
  out.push("");
  if (state.now) out.push(`Now: ${oneLine(state.now.value, MAX_NOW_CHARS)}`, `  (${by(state.now.stamp)})`);
  else out.push("Now: nothing recorded yet.");
  const shown = data.agents.slice(0, caps.agents);
  const shownNames = new Set(shown.map((view) => view.agent));
  left.agents = data.agentsTotal - shown.length;
  if (shown.length > 0) {
    out.push("", shown.length === data.agentsTotal ? "By agent, most recently active first:" : `By agent, most recently active first (${shown.length} of ${data.agentsTotal}):`);
    for (const view of shown) pushAgent(out, view, data.questionsByAgent.get(view.agent) ?? [], caps, left);
  }
  for (const view of data.agents.slice(caps.agents)) left.done += view.doneTotal;
  left.done += doneOfUnpreparedAgents(state, data);
  const others = [];
  for (const [agent, questions] of data.questionsByAgent) if (!shownNames.has(agent)) others.push(...questions);
  pushList2(out, "Open questions of other agents", others.length, Math.min(others.length, caps.otherQuestions), others.slice(0, caps.otherQuestions).map((q) => `- ${oneLine(q, MAX_ITEM_CHARS)}`));
  left.questions += Math.max(0, others.length - caps.otherQuestions);
  pushList2(
    out,
    "Decisions, newest first",
    data.decisions.length,
    Math.min(data.decisions.length, caps.decisions),
    data.decisions.slice(0, caps.decisions).map(([key, register]) => `- ${oneLine(`${key}: ${register.value}`, MAX_ITEM_CHARS)} (${by(register.stamp)})`)
  );
  left.decisions = Math.max(0, data.decisions.length - caps.decisions);
  if (data.elsewhere.length > 0) {
    const events = data.elsewhere.slice(0, caps.elsewhere);
    pushList2(
      out,
      "In flight elsewhere (events in sibling worktrees of this repository, not merged here; read-only)",
      data.elsewhere.length,
      events.length,
      events.flatMap((event) => elsewhereLines(event, caps, left))
    );
    left.elsewhere = data.elsewhere.length - events.length;
  }
  const remote = input.remote;
  const remoteTitle = "In flight on other machines (events on remote branches, not merged here; as of the last fetch)";
  if (remote && remote.events.length === 0 && remote.note) out.push("", `${remoteTitle}: ${oneLine(remote.note, 240)}`);
  else if (remote && remote.total > 0) {
    const shownRemote = remote.events.slice(0, caps.elsewhere);
    pushList2(out, remoteTitle, remote.total, shownRemote.length, shownRemote.map((e) => inFlightLine(e, oneLine)));
    if (remote.note) out.push(`  (${oneLine(remote.note, 240)})`);
    left.remote = remote.total - shownRemote.length;
  }
  if (input.recordCommand) {
    out.push(
      "",
      `Recording: this session's ledger entries are staged with \`${input.recordCommand} --now "\u2026" --done "\u2026" --decision key=value --question "\u2026" --resolve-question "\u2026" --checkpoint phase:status\` and published as one event when the session ends.`
    );
  }
  out.push("", lastLine(left, input.outputPath, cliCommandOf(input.recordCommand)));
  return out.join("\n");
}
function pushAgent(out, view, questions, caps, left) {
  const branches = view.branches.length > 0 ? `, ${view.branches.length === 1 ? "branch" : "branches"} ${view.branches.slice(0, 3).map((b) => oneLine(b, 60)).join(", ")}${view.branches.length > 3 ? ", \u2026" : ""}` : "";
  out.push("", `${oneLine(view.agent, 64)} (last event ${view.last.instant.iso}${branches}):`);
  if (view.now) out.push(`  Now: ${oneLine(view.now.value, MAX_ITEM_CHARS)}`);
  if (view.inProgress && view.inProgress.items.length > 0) {
    out.push(`  In progress (as of ${view.inProgress.stamp.instant.iso}):`);
    for (const item of view.inProgress.items.slice(0, Math.max(1, caps.done))) out.push(`  - ${oneLine(item, MAX_ITEM_CHARS)}`);
    if (view.inProgress.items.length > Math.max(1, caps.done)) out.push(`  \u2026 and ${view.inProgress.items.length - Math.max(1, caps.done)} more`);
  }
  const done = view.done.slice(0, caps.done);
  if (done.length > 0) {
    out.push(done.length === view.doneTotal ? `  Done and committed (${view.doneTotal}, newest first):` : `  Done and committed (${done.length} of ${view.doneTotal}, newest first):`);
    for (const item of done) out.push(`  - ${oneLine(item.text, MAX_ITEM_CHARS)} (${item.branch === void 0 ? "" : `${oneLine(item.branch, 60)}, `}${item.stamp.instant.iso})`);
  } else if (view.doneTotal > 0) out.push(`  Done and committed: ${view.doneTotal} (left out)`);
  left.done += view.doneTotal - done.length;
  const open2 = questions.slice(0, caps.questionsPerAgent);
  if (open2.length > 0) {
    out.push(open2.length === questions.length ? "  Open questions it raised:" : `  Open questions it raised (${open2.length} of ${questions.length}):`);
    for (const question of open2) out.push(`  - ${oneLine(question, MAX_ITEM_CHARS)}`);
  }
  left.questions += questions.length - open2.length;
}
function elsewhereLines(event, caps, left) {
  const where2 = `${oneLine(event.worktree, 80)}${event.branch ? ` [${oneLine(event.branch, 60)}]` : ""}`;
  const lines = [`- ${where2}: ${event.ts} ${oneLine(event.agent, 64)}: ${oneLine(event.summary, MAX_ITEM_CHARS)}`];
  if (event.now !== void 0 && event.now !== event.summary) lines.push(`  Now: ${oneLine(event.now, MAX_ITEM_CHARS)}`);
  const done = event.done ?? [];
  if (done.length > 0 && caps.elsewhereItems > 0) {
    lines.push(`  Done: ${done.slice(0, caps.elsewhereItems).map((item) => oneLine(item, 120)).join("; ")}${done.length > caps.elsewhereItems ? `; \u2026 and ${done.length - caps.elsewhereItems} more` : ""}`);
  }
  left.done += Math.max(0, done.length - caps.elsewhereItems);
  const questions = event.openQuestions ?? [];
  const shown = questions.slice(0, 1 + caps.elsewhereItems);
  for (const question of shown) lines.push(`  Open question: ${oneLine(question, MAX_ITEM_CHARS)}`);
  left.questions += questions.length - shown.length;
  return lines;
}
function doneOfUnpreparedAgents(state, data) {
  if (data.agents.length === data.agentsTotal) return 0;
  const prepared = new Set(data.agents.map((view) => view.agent));
  let count = 0;
  for (const item of state.thisSession.values()) if (!prepared.has(item.first.agent)) count += 1;
  return count;
}
function cliCommandOf(recordCommand) {
  const cut = recordCommand?.lastIndexOf(" record");
  if (recordCommand === void 0 || cut === void 0 || cut <= 0) return "cc-synthesize";
  const rest = recordCommand.slice(cut + " record".length);
  return rest === "" || rest.startsWith(" --") ? recordCommand.slice(0, cut) : "cc-synthesize";
}
function lastLine(left, outputPath, cli) {
  const parts = [
    left.agents > 0 ? plural2(left.agents, "agent") : void 0,
    left.done > 0 ? plural2(left.done, "done item") : void 0,
    left.questions > 0 ? plural2(left.questions, "open question") : void 0,
    left.decisions > 0 ? plural2(left.decisions, "decision") : void 0,
    left.elsewhere > 0 ? plural2(left.elsewhere, "event elsewhere", "events elsewhere") : void 0,
    left.remote > 0 ? plural2(left.remote, "event on remote branches", "events on remote branches") : void 0
  ].filter((part) => part !== void 0);
  const what = parts.length === 0 ? "Nothing was left out." : `Left out to fit the budget: ${parts.join(", ")}.`;
  return `${what} The full ledger is ${outputPath} (\`${cli} --full\` prints every item).`;
}
function pushList2(out, title, total, shown, lines) {
  if (total === 0) return;
  out.push("", shown >= total ? `${title} (${total}):` : `${title} (${shown} of ${total}):`);
  out.push(...lines);
}
function squeeze(text, fits, budget) {
  const cut = text.lastIndexOf("\n");
  const tail = `
\u2026 (cut to the budget)${text.slice(cut)}`;
  let room = Math.max(0, Math.min(budget, text.length) - tail.length);
  for (; ; ) {
    const candidate = room > 0 ? `${text.slice(0, room)}${tail}` : truncate(text.slice(cut + 1), budget);
    if (fits(candidate) || room === 0) return candidate;
    room = Math.floor(room * 0.9);
  }
}
function describeOutcome(outcome, path) {
  switch (outcome) {
    case "written":
      return `${path} was regenerated.`;
    case "unchanged":
      return `${path} is up to date.`;
    case "lock-busy":
      return `Another synthesis holds the lock, so ${path} was not written; this summary is computed from the events directly.`;
    case "missing-output":
      return `${path} has not been written.`;
  }
}
function systemMessageFor(input) {
  const { state } = input;
  const parts = [`ledger-synth: ${plural2(state.events.size, "event")} from ${plural2(agentRows(state).length, "agent")}`];
  if (input.outcome === "written") parts.push(`${input.outputPath} regenerated`);
  if (input.outcome === "lock-busy") parts.push("lock busy, not written");
  if (input.elsewhere.length > 0) parts.push(`${uniqueElsewhere(input.elsewhere).length} in flight in other worktrees`);
  if (input.remote && input.remote.total > 0) parts.push(`${input.remote.total} on remote branches`);
  if (input.skipped > 0) parts.push(`${input.skipped} malformed skipped`);
  const now = state.now ? ` \xB7 now: ${oneLine(state.now.value, 100)}` : "";
  return `${parts.join(", ")}${now}`;
}
function by(stamp) {
  return `${oneLine(stamp.agent, 64)}, ${stamp.instant.iso}`;
}
function oneLine(text, max) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function plural2(count, noun, nouns = `${noun}s`) {
  return `${count} ${count === 1 ? noun : nouns}`;
}

// packages/core/src/ids/label.ts
var MAX_ID_NUMBER = 999999999;

// packages/core/src/ids/counters.ts
var MAX_WIDTH = String(MAX_ID_NUMBER).length;

// packages/core/src/ids/allocation.ts
var import_yaml4 = __toESM(require_dist(), 1);

// packages/core/src/resolution-tracker.ts
var TRACKED_LOSERS = 5;
function emptyTracker() {
  return { now: /* @__PURE__ */ new Map(), decisions: /* @__PURE__ */ new Map() };
}
function trackEvent(tracker, event, stamp = stampOf(event)) {
  if (event.now === void 0 && event.decisions.size === 0) return;
  if (event.now !== void 0) offer(tracker.now, event.now, stamp);
  for (const [key, value] of event.decisions) offer(candidatesFor(tracker, key), value, stamp);
}
function mergeTrackerInto(target, source) {
  for (const [value, stamp] of source.now) offer(target.now, value, stamp);
  for (const [key, values] of source.decisions) {
    const into = candidatesFor(target, key);
    for (const [value, stamp] of values) offer(into, value, stamp);
  }
  return target;
}
function trackedResolutions(tracker) {
  const out = [];
  const now = resolve("now", void 0, tracker.now);
  if (now) out.push(now);
  for (const key of [...tracker.decisions.keys()].sort(compareCodePoints)) {
    const resolution = resolve("decision", key, tracker.decisions.get(key));
    if (resolution) out.push(resolution);
  }
  return out;
}
function candidatesFor(tracker, key) {
  let values = tracker.decisions.get(key);
  if (!values) tracker.decisions.set(key, values = /* @__PURE__ */ new Map());
  return values;
}
function offer(values, value, stamp) {
  const existing = values.get(value);
  if (existing && compareStamps(existing, stamp) >= 0) return;
  values.set(value, stamp);
  if (values.size <= TRACKED_LOSERS + 1) return;
  let oldest;
  for (const entry of values) if (!oldest || compareStamps(entry[1], oldest[1]) < 0) oldest = entry;
  values.delete(oldest[0]);
}
function resolve(section, key, values) {
  if (values.size < 2) return void 0;
  const ranked = [...values].map(([value, stamp]) => ({ value, stamp }));
  ranked.sort((a, b) => compareStamps(b.stamp, a.stamp));
  return { section, key, winner: ranked[0], losers: ranked.slice(1, TRACKED_LOSERS + 1) };
}

// packages/core/src/state-codec.ts
var STATE_CODEC_LINES = 6;
function* encodeStateText(state, tracker) {
  const index = /* @__PURE__ */ new Map();
  yield* jsonLine(state.events.values(), (summary) => {
    const record = asRecord(summary);
    index.set(record.key, index.size);
    return [eventKeyHex(record.key), record.epochMs, record.subMsNanos, record.agent, record.branch ?? null, record.type ?? null, record.summary];
  });
  const ref = (stamp) => {
    const at = index.get(stamp.eventId ?? eventKey(stamp));
    if (at === void 0) throw new Error(`a stamp of ${stamp.file} names no folded event`);
    return at;
  };
  const registers = [
    state.now ? [state.now.value, ref(state.now.stamp)] : null,
    [...state.agentNow.values()].map((r) => [r.value, ref(r.stamp)]),
    [...state.agentInProgress.values()].map((r) => [r.items, ref(r.stamp)]),
    [...state.decisions].map(([name, r]) => [name, r.value, ref(r.stamp)])
  ];
  yield `${JSON.stringify(registers)}
`;
  yield* jsonLine(state.thisSession.values(), (item) => [item.text, ref(item.first), item.position]);
  yield* jsonLine(
    state.checkpoints.values(),
    (entry) => entry.updated instanceof EventRecord ? [entry.phase, entry.status, ref(entry.updated)] : [entry.phase, entry.status, entry.updated.epochMs, entry.updated.subMsNanos]
  );
  const questions = [[...state.openQuestions].map(([text, stamp]) => [text, ref(stamp)]), [...state.resolvedQuestions]];
  yield `${JSON.stringify(questions)}
`;
  const tracked = [
    [...tracker.now].map(([value, stamp]) => [value, ref(stamp)]),
    [...tracker.decisions].map(([key, values]) => [key, [...values].map(([value, stamp]) => [value, ref(stamp)])])
  ];
  yield `${JSON.stringify(tracked)}
`;
}
var ENTRIES_PER_PIECE = 512;
function* jsonLine(items, encode) {
  let piece = [];
  let first = true;
  for (const item of items) {
    piece.push(encode(item));
    if (piece.length === ENTRIES_PER_PIECE) {
      yield (first ? "[" : ",") + JSON.stringify(piece).slice(1, -1);
      first = false;
      piece = [];
    }
  }
  const rest = piece.length === 0 ? "" : (first ? "" : ",") + JSON.stringify(piece).slice(1, -1);
  yield `${first ? "[" : ""}${rest}]
`;
}
function decodeState(lines) {
  const iterator = lines[Symbol.iterator]();
  let taken = 0;
  const next = () => {
    const line = iterator.next();
    if (line.done) throw new Error(`expected ${STATE_CODEC_LINES} lines, got ${taken}`);
    taken++;
    return JSON.parse(line.value);
  };
  const state = emptyState();
  const records = next().map(([hexKey, epochMs, subMsNanos, agent, branch, type, summary]) => {
    const cut = hexKey.indexOf("\0");
    const key = eventKey({ file: hexKey.slice(0, cut), contentHash: hexKey.slice(cut + 1) });
    const record = new EventRecord(key, epochMs, subMsNanos, agent, branch ?? void 0, type ?? void 0, summary);
    state.events.set(key, record);
    return record;
  });
  const at = (i) => {
    const record = records[i];
    if (record === void 0) throw new Error(`record ${i} out of range`);
    return record;
  };
  const [now, agentNow, agentInProgress, decisions] = next();
  state.now = now ? { value: now[0], stamp: at(now[1]) } : void 0;
  for (const [value, i] of agentNow) state.agentNow.set(at(i).agent, { value, stamp: at(i) });
  for (const [list2, i] of agentInProgress) state.agentInProgress.set(at(i).agent, { items: list2, stamp: at(i) });
  for (const [name, value, i] of decisions) state.decisions.set(name, { value, stamp: at(i) });
  for (const [text, i, position] of next()) state.thisSession.set(sessionItemId(text), { text, first: at(i), position });
  for (const entry of next()) {
    const checkpoint = entry.length === 3 ? { phase: entry[0], status: entry[1], updated: at(entry[2]) } : { phase: entry[0], status: entry[1], updated: new UtcInstant(entry[2], entry[3]) };
    state.checkpoints.set(checkpointKey(checkpoint), checkpoint);
  }
  const [open2, resolved] = next();
  for (const [text, i] of open2) state.openQuestions.set(text, at(i));
  for (const text of resolved) state.resolvedQuestions.add(text);
  const tracker = emptyTracker();
  const [trackedNow, trackedDecisions] = next();
  for (const [value, i] of trackedNow) tracker.now.set(value, at(i));
  for (const [key, values] of trackedDecisions) tracker.decisions.set(key, new Map(values.map(([value, i]) => [value, at(i)])));
  if (!iterator.next().done) throw new Error(`expected ${STATE_CODEC_LINES} lines, got more`);
  return { state, tracker };
}
function asRecord(summary) {
  if (!(summary instanceof EventRecord)) throw new Error("only states folded by addEvent can be encoded");
  return summary;
}

// packages/node/src/config.ts
var CONFIG_FILE_NAME = ".ledger-synth.yaml";
var DEFAULTS = {
  eventsDir: "thoughts/shared/handoffs/events",
  output: "thoughts/shared/handoffs/current.md",
  archiveDir: "thoughts/shared/handoffs/archive",
  retentionDays: 7,
  contextBudget: 8e3,
  lockTimeoutMs: 1e4,
  lockStaleMs: 3e4,
  maxEventBytes: 1024 * 1024,
  recoverIdleMinutes: 120,
  remoteEventsMax: 200,
  remoteEventsTimeoutMs: 400
};
var KNOWN_KEYS = /* @__PURE__ */ new Set([
  "events_dir",
  "output",
  "archive_dir",
  "retention_days",
  "context_budget",
  "lock_timeout_ms",
  "lock_stale_ms",
  "max_event_bytes",
  "agent",
  "ids",
  "window_days",
  "window_agents",
  "window_items_per_agent",
  "recover_idle_minutes",
  "remote_events",
  "remote_events_max",
  "remote_events_timeout_ms"
]);
function findRoot(start) {
  let dir = resolve2(start);
  for (; ; ) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return { root: dir, configFile: candidate };
    if (existsSync(join(dir, ".git"))) return { root: dir, configFile: void 0 };
    const parent = dirname(dir);
    if (parent === dir) return { root: resolve2(start), configFile: void 0 };
    dir = parent;
  }
}
function loadConfig(cwd, env = {}, overrides = {}) {
  const { root, configFile } = findRoot(cwd);
  const raw = configFile ? readConfigFile(configFile) : /* @__PURE__ */ new Map();
  const fromRoot = (path) => isAbsolute(path) ? path : join(root, path);
  const fromCwd = (path) => resolve2(cwd, path);
  const eventsDir = overrides.eventsDir ? fromCwd(overrides.eventsDir) : fromRoot(stringKey(raw, "events_dir", configFile) ?? DEFAULTS.eventsDir);
  const output = overrides.output ? fromCwd(overrides.output) : fromRoot(stringKey(raw, "output", configFile) ?? DEFAULTS.output);
  const archiveDir = overrides.archiveDir ? fromCwd(overrides.archiveDir) : fromRoot(stringKey(raw, "archive_dir", configFile) ?? DEFAULTS.archiveDir);
  const idsValue = raw.get("ids");
  if (idsValue !== void 0 && idsValue !== null && !(idsValue instanceof Map)) {
    throw configError(configFile, '"ids" must be a mapping, e.g. "ids:\\n  prefixes: [SEC, UX]"');
  }
  const ids = idsValue instanceof Map ? idsValue : /* @__PURE__ */ new Map();
  const prefixes = ids.get("prefixes");
  if (prefixes !== void 0 && !(Array.isArray(prefixes) && prefixes.every((p) => typeof p === "string"))) {
    throw configError(configFile, '"ids.prefixes" must be a list of strings, e.g. [SEC, UX, PERF]');
  }
  return {
    root,
    configFile,
    eventsDir,
    output,
    archiveDir,
    retentionDays: overrides.retentionDays ?? numberKey(raw, "retention_days", configFile, 0) ?? DEFAULTS.retentionDays,
    contextBudget: numberKey(raw, "context_budget", configFile, 200) ?? DEFAULTS.contextBudget,
    lockTimeoutMs: envNumber(env, "LEDGER_SYNTH_LOCK_TIMEOUT_MS") ?? numberKey(raw, "lock_timeout_ms", configFile, 0) ?? DEFAULTS.lockTimeoutMs,
    lockStaleMs: envNumber(env, "LEDGER_SYNTH_LOCK_STALE_MS") ?? numberKey(raw, "lock_stale_ms", configFile, 100) ?? DEFAULTS.lockStaleMs,
    maxEventBytes: numberKey(raw, "max_event_bytes", configFile, 1) ?? DEFAULTS.maxEventBytes,
    recoverIdleMinutes: numberKey(raw, "recover_idle_minutes", configFile, 1) ?? DEFAULTS.recoverIdleMinutes,
    agent: env.LEDGER_SYNTH_AGENT?.trim() || stringKey(raw, "agent", configFile),
    window: {
      days: numberKey(raw, "window_days", configFile, 0) ?? DEFAULT_WINDOW.days,
      agents: numberKey(raw, "window_agents", configFile, 0) ?? DEFAULT_WINDOW.agents,
      itemsPerAgent: numberKey(raw, "window_items_per_agent", configFile, 0) ?? DEFAULT_WINDOW.itemsPerAgent
    },
    idPrefixes: prefixes ?? [],
    ids,
    remoteEvents: {
      enabled: booleanKey(raw, "remote_events", configFile) ?? true,
      max: numberKey(raw, "remote_events_max", configFile, 0) ?? DEFAULTS.remoteEventsMax,
      timeoutMs: numberKey(raw, "remote_events_timeout_ms", configFile, 1) ?? DEFAULTS.remoteEventsTimeoutMs
    }
  };
}
function readConfigFile(file) {
  let text;
  try {
    if (statSync(file).size > 256 * 1024) throw configError(file, "the file is larger than 256 KiB");
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof LedgerError) throw error;
    throw new LedgerError("E_CONFIG", `cannot read ${file}: ${error.message}`, { cause: error });
  }
  if (text.trim() === "") return /* @__PURE__ */ new Map();
  const parsed = parseYaml(text);
  if (!parsed.ok) throw configError(file, `not valid YAML: ${parsed.reason}`);
  if (parsed.value === null) return /* @__PURE__ */ new Map();
  if (!(parsed.value instanceof Map)) throw configError(file, 'expected a mapping such as "events_dir: thoughts/shared/handoffs/events"');
  for (const key of parsed.value.keys()) {
    if (typeof key !== "string" || !KNOWN_KEYS.has(key)) {
      throw configError(file, `unknown key ${quoteInput(key)}; known keys: ${[...KNOWN_KEYS].join(", ")}`);
    }
  }
  return parsed.value;
}
function stringKey(raw, key, file) {
  const value = raw.get(key);
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "string" || value.trim() === "") throw configError(file, `"${key}" must be a non-empty string, got ${quoteInput(value)}`);
  return value;
}
function booleanKey(raw, key, file) {
  const value = raw.get(key);
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "boolean") throw configError(file, `"${key}" must be true or false, got ${quoteInput(value)}`);
  return value;
}
function numberKey(raw, key, file, min) {
  const value = raw.get(key);
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw configError(file, `"${key}" must be an integer \u2265 ${min}, got ${quoteInput(value)}`);
  }
  return value;
}
function envNumber(env, name) {
  const value = env[name];
  if (value === void 0 || value === "") return void 0;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new LedgerError("E_CONFIG", `${name} must be a non-negative integer, got ${quoteInput(value)}`);
  return parsed;
}
function configError(file, message) {
  return new LedgerError("E_CONFIG", `${file ?? CONFIG_FILE_NAME}: ${message}`);
}

// packages/node/src/clock.ts
function generatedAtFor(env, nowMs = Date.now()) {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== void 0 && epoch !== "") {
    if (!/^\d+$/.test(epoch)) throw new LedgerError("E_CONFIG", `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch.slice(0, 40)}"`);
    return formatInstant(Number(epoch) * 1e3);
  }
  return formatInstant(Math.floor(nowMs / 1e3) * 1e3);
}

// packages/node/src/heap-tuning.ts
import { setFlagsFromString } from "node:v8";
function tuneHeapForFolding() {
  const major = Number(process.versions.v8?.split(".")[0]);
  if (!(major >= 11 && major <= 13)) return;
  try {
    setFlagsFromString("--no-allocation-site-pretenuring");
  } catch {
  }
}

// packages/node/src/atomic-write.ts
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname as dirname2, join as join2 } from "node:path";
function tempPathFor(target) {
  return join2(dirname2(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
}
function isTempFileName(name) {
  return /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/.test(name);
}
function writeFully(fd, content) {
  let scratch2;
  for (const chunk of typeof content === "string" ? [content] : content) {
    let bytes;
    if (typeof chunk === "string") {
      const size = Buffer.byteLength(chunk, "utf8");
      if (scratch2 === void 0 || scratch2.length < size) scratch2 = Buffer.allocUnsafeSlow(Math.max(size, 64 * 1024));
      bytes = scratch2.subarray(0, scratch2.write(chunk, 0, "utf8"));
    } else bytes = chunk;
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  }
}
function writeFileAtomic(target, content, hooks) {
  const temp = tempPathFor(target);
  let fd;
  try {
    mkdirSync(dirname2(target), { recursive: true });
    fd = openSync(temp, "wx", 420);
    writeFully(fd, content);
    if (hooks?.durable !== false) fsyncSync(fd);
    closeSync(fd);
    fd = void 0;
    hooks?.beforeRename?.();
    renameSync(temp, target);
  } catch (error) {
    if (fd !== void 0) {
      try {
        closeSync(fd);
      } catch {
      }
    }
    try {
      unlinkSync(temp);
    } catch {
    }
    if (error instanceof LedgerError) throw error;
    const code = error.code;
    throw new LedgerError("E_WRITE", `could not write ${target}: ${code ?? ""} ${error.message}`.replace(/\s+/g, " "), {
      cause: error,
      hint: code === "ENOSPC" || code === "EFBIG" || code === "EDQUOT" ? "The disk is full (or a size limit was hit); the previous file was left untouched." : code === "EACCES" || code === "EROFS" || code === "EPERM" ? "The output location is not writable; the previous file was left untouched." : void 0
    });
  }
}
function createFileExclusive(target, content, options2 = {}) {
  const temp = tempPathFor(target);
  try {
    mkdirSync(dirname2(target), { recursive: true });
    const fd = openSync(temp, "wx", 420);
    try {
      writeFully(fd, content);
      if (options2.durable !== false) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(temp, target);
    } catch (error) {
      if (options2.linkless !== "create-in-place" || !LINKLESS.has(error.code ?? "")) throw error;
      const fd2 = openSync(target, "wx", 420);
      try {
        writeFully(fd2, content);
      } finally {
        closeSync(fd2);
      }
    }
  } finally {
    try {
      unlinkSync(temp);
    } catch {
    }
  }
}
var LINKLESS = /* @__PURE__ */ new Set(["EPERM", "ENOTSUP", "ENOSYS", "EOPNOTSUPP"]);

// packages/node/src/synthesize.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname6, join as join9, relative, resolve as resolve4, sep as sep4 } from "node:path";

// packages/node/src/discover.ts
import { readdirSync } from "node:fs";
import { join as join3, resolve as resolve3, sep } from "node:path";
var GLOB_OPTIONS = {
  absolute: true,
  onlyFiles: true,
  dot: false,
  followSymbolicLinks: false,
  suppressErrors: true,
  unique: true
};
async function discoverEventFiles(options2) {
  if (options2.inputGlob) {
    const { default: fg } = await Promise.resolve().then(() => __toESM(require_out4(), 1));
    const matched = await fg(options2.inputGlob, { ...GLOB_OPTIONS, cwd: options2.cwd });
    const output = options2.output === void 0 ? void 0 : resolve3(options2.output);
    return sortPaths(output === void 0 ? matched : matched.filter((path) => resolve3(path) !== output));
  }
  const days = options2.archiveDir ? readdirOrEmpty(options2.archiveDir, true) : [];
  if (days.length === 0) return listMarkdown(options2.eventsDir, true);
  const archived = days.flatMap((day) => listMarkdown(join3(options2.archiveDir, day), false));
  return sortPaths([.../* @__PURE__ */ new Set([...listMarkdown(options2.eventsDir, false), ...archived])]);
}
function listMarkdown(dir, sorted) {
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  const names = readdirOrEmpty(dir, false).filter((name) => name.endsWith(".md") && !isTempFileName(name));
  return (sorted ? sortPaths(names) : names).map((name) => [prefix, name].join(""));
}
function readdirOrEmpty(dir, directories) {
  try {
    if (!directories) return readdirSync(dir);
    return readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith(".")).map((entry) => entry.name);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return [];
    throw new LedgerError("E_READ", `cannot list ${dir}: ${code ?? error.message}`, {
      cause: error,
      hint: "Nothing was written. Check that the events directory is a readable directory."
    });
  }
}
function sortPaths(paths) {
  return paths.some((path) => /[\uD800-\uDFFF]/.test(path)) ? paths.sort(compareCodePoints) : paths.sort();
}

// packages/node/src/fold-cache.ts
import { createHash as createHash5, randomBytes as randomBytes2 } from "node:crypto";
import { isAscii } from "node:buffer";
import { mkdirSync as mkdirSync2, readSync as readSync2, rmSync as rmSync2, statSync as statSync2, writeFileSync } from "node:fs";
import { dirname as dirname3, join as join5 } from "node:path";

// packages/node/src/read-events.ts
import { closeSync as closeSync2, constants, fstatSync, lstatSync, openSync as openSync2, readSync } from "node:fs";
import { sep as sep2 } from "node:path";
var STAT_KEY_NUMBERS = 5;
function putStatKey(numbers, at, key) {
  numbers[at] = key.size;
  numbers[at + 1] = key.mtimeMs;
  numbers[at + 2] = key.ctimeMs;
  numbers[at + 3] = key.ino;
  numbers[at + 4] = key.dev;
}
function statKeyAt(numbers, at) {
  return { size: numbers[at], mtimeMs: numbers[at + 1], ctimeMs: numbers[at + 2], ino: numbers[at + 3], dev: numbers[at + 4] };
}
function sameStatKey(a, b) {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev;
}
var HIDDEN_FILE = "hidden file; not read";
var utf8 = new TextDecoder("utf-8", { fatal: true });
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
function readEventFile(path, maxBytes) {
  const loaded = loadEventText(path, maxBytes);
  if (!loaded.ok) return { outcome: { reason: loaded.reason }, key: loaded.transient ? void 0 : loaded.key };
  const parsed = parseEvent(loaded.text, fileName(path));
  if (!parsed.ok) return { outcome: { reason: parsed.issue.reason }, key: loaded.key };
  const { warnings } = parsed;
  return { outcome: warnings.length > 0 ? { event: parsed.event, warnings } : { event: parsed.event }, key: loaded.key };
}
function loadEventText(path, maxBytes) {
  if (fileName(path).startsWith(".")) return { ok: false, reason: HIDDEN_FILE, key: lstatKey(path) };
  let fd;
  try {
    fd = openSync2(path, OPEN_FLAGS);
  } catch (error) {
    const code = error.code;
    if (code === "ELOOP" || code === "EMLINK") return { ok: false, reason: "symbolic link: not followed (events must be regular files)", key: linkKey(path) };
    return { ok: false, reason: `cannot read: ${code ?? error.message}`, transient: true };
  }
  try {
    const stat2 = fstatSync(fd);
    const key = statKey(stat2);
    if (!stat2.isFile()) return { ok: false, reason: stat2.isDirectory() ? "a directory, not an event file" : "not a regular file", key };
    if (stat2.size > maxBytes) {
      return { ok: false, reason: `file is ${formatBytes(stat2.size)}, over the ${formatBytes(maxBytes)} limit (max_event_bytes)`, key };
    }
    const buffer = readBounded(fd, Math.min(stat2.size, maxBytes) + 1);
    if (buffer.length > maxBytes) return { ok: false, reason: `file grew past the ${formatBytes(maxBytes)} limit while being read`, transient: true };
    if (buffer.length !== stat2.size) return { ok: false, reason: "file changed while being read", transient: true };
    if (buffer.includes(0)) return { ok: false, reason: "binary file (contains NUL bytes)", key };
    try {
      return { ok: true, text: utf8.decode(buffer), key };
    } catch {
      return { ok: false, reason: "not valid UTF-8 text", key };
    }
  } catch (error) {
    return { ok: false, reason: `cannot read: ${error.code ?? error.message}`, transient: true };
  } finally {
    closeSync2(fd);
  }
}
function readStateFile(path) {
  return withStateFile(path, (fd, key) => {
    const bytes = Buffer.allocUnsafe(key.size);
    return readInto(fd, bytes, key.size) === key.size ? bytes : void 0;
  });
}
function readStateRange(path, key, offset, length) {
  return withStateFile(path, (fd, opened) => sameStatKey(opened, key) ? readAt(fd, offset, length) : void 0);
}
function readAt(fd, offset, length) {
  const bytes = Buffer.allocUnsafe(length);
  let total = 0;
  while (total < length) {
    const read = readSync(fd, bytes, total, length - total, offset + total);
    if (read === 0) return void 0;
    total += read;
  }
  return bytes;
}
function withStateFile(path, use) {
  let fd;
  try {
    fd = openSync2(path, OPEN_FLAGS);
  } catch {
    return void 0;
  }
  try {
    const stat2 = fstatSync(fd);
    return stat2.isFile() ? use(fd, statKey(stat2)) : void 0;
  } catch {
    return void 0;
  } finally {
    closeSync2(fd);
  }
}
function fileName(path) {
  return path.slice(path.lastIndexOf(sep2) + 1);
}
function statKey(stat2) {
  return { size: stat2.size, mtimeMs: stat2.mtimeMs, ctimeMs: stat2.ctimeMs, ino: stat2.ino, dev: stat2.dev };
}
function lstatKey(path) {
  try {
    const stat2 = lstatSync(path, { throwIfNoEntry: false });
    return stat2 === void 0 ? void 0 : statKey(stat2);
  } catch {
    return void 0;
  }
}
function linkKey(path) {
  try {
    const stat2 = lstatSync(path, { throwIfNoEntry: false });
    return stat2?.isSymbolicLink() ? statKey(stat2) : void 0;
  } catch {
    return void 0;
  }
}
var SCRATCH_MAX_BYTES = 1 << 20;
var scratch;
function readBounded(fd, size) {
  let buffer;
  if (size > SCRATCH_MAX_BYTES) buffer = Buffer.allocUnsafe(size);
  else {
    if (!scratch || scratch.length < size) scratch = Buffer.allocUnsafeSlow(Math.max(size, 64 * 1024));
    buffer = scratch;
  }
  return buffer.subarray(0, readInto(fd, buffer, size));
}
function readInto(fd, buffer, size) {
  let total = 0;
  while (total < size) {
    const want = size - total;
    const read = readSync(fd, buffer, total, want, null);
    total += read;
    if (read < want) break;
  }
  return total;
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
}
var MAP = "\0map";
function encodeOutcome(outcome) {
  return JSON.stringify(outcome, (_key, value) => value instanceof Map ? { [MAP]: [...value] } : value);
}
function decodeOutcome(text) {
  return revive(JSON.parse(text));
}
function revive(value) {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
    return value;
  }
  const record = value;
  const entries = record[MAP];
  if (Array.isArray(entries)) return new Map(entries.map((entry) => revive(entry)));
  for (const key of Object.keys(record)) record[key] = revive(record[key]);
  return record;
}

// packages/node/src/cache-rows.ts
var ROW_NUMBERS = 6;
var NewRows = class _NewRows {
  names = [];
  numbers = new Float64Array(1024 * ROW_NUMBERS);
  reasons = [];
  /** Each row's event as `encodeOutcome` JSON (null: none), kept only for a journal entry. */
  outcomes = [];
  get length() {
    return this.names.length;
  }
  add(name, key, reason, warningCount, outcome = null) {
    const row = this.names.length;
    if ((row + 1) * ROW_NUMBERS > this.numbers.length) {
      const grown = new Float64Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    const at = row * ROW_NUMBERS;
    putStatKey(this.numbers, at, key);
    this.numbers[at + 5] = warningCount;
    this.names.push(name);
    if (reason !== void 0) this.reasons.push([row, reason]);
    this.outcomes.push(outcome);
  }
  keyNumbers() {
    return this.numbers.subarray(0, this.names.length * ROW_NUMBERS);
  }
  reasonOf(row) {
    return this.reasonMap().get(row);
  }
  /** These rows followed by `more`'s. */
  concat(more) {
    const all = new _NewRows();
    all.numbers = new Float64Array(Math.max(1024, this.length + more.length) * ROW_NUMBERS);
    all.numbers.set(this.keyNumbers());
    all.numbers.set(more.keyNumbers(), this.length * ROW_NUMBERS);
    for (const part of [this, more]) {
      const first = part === this ? 0 : this.length;
      for (let r = 0; r < part.length; r++) {
        all.names.push(part.names[r]);
        all.outcomes.push(part.outcomes[r] ?? null);
      }
      for (const [row, reason] of part.reasons) all.reasons.push([first + row, reason]);
    }
    return all;
  }
  reasonsByRow;
  reasonMap() {
    if (this.reasonsByRow === void 0 || this.reasonsByRow.size !== this.reasons.length) this.reasonsByRow = new Map(this.reasons);
    return this.reasonsByRow;
  }
};
function rowWarningCount(numbers, row) {
  return numbers[row * ROW_NUMBERS + 5];
}
function sameRowKey(keys, row, key) {
  const at = row * ROW_NUMBERS;
  return keys[at] === key.size && keys[at + 1] === key.mtimeMs && keys[at + 2] === key.ctimeMs && keys[at + 3] === key.ino && keys[at + 4] === key.dev;
}
function rowKeyOf(keys, row) {
  return statKeyAt(keys, row * ROW_NUMBERS);
}
function asciiJson(json) {
  return Buffer.byteLength(json, "utf8") === json.length ? json : json.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var NON_ASCII = /[^\x00-\x7f]/g;

// packages/node/src/fold-journal.ts
import { createHash as createHash4 } from "node:crypto";
import { appendFileSync, rmSync } from "node:fs";
import { join as join4 } from "node:path";
var JOURNAL_NAME = "fold.journal";
function journalLimit(baseRows) {
  return Math.max(16, Math.floor(baseRows / 16));
}
function appendFoldJournal(dir, id, rows) {
  try {
    const keys = [];
    const numbers = rows.keyNumbers();
    for (let r = 0; r < rows.length; r++) keys.push(...numbers.subarray(r * ROW_NUMBERS, r * ROW_NUMBERS + STAT_KEY_NUMBERS));
    const warningCounts = rows.names.map((_, r) => rowWarningCount(numbers, r));
    const entry = { names: rows.names, keys, reasons: rows.reasons, warningCounts, outcomes: rows.outcomes };
    const json = asciiJson(JSON.stringify(entry));
    appendFileSync(join4(dir, JOURNAL_NAME), `
${id} ${checksum(json)} ${json}
`);
  } catch {
  }
}
function loadJournal(dir, id) {
  const rows = new NewRows();
  const bytes = readStateFile(join4(dir, JOURNAL_NAME));
  if (bytes === void 0) return rows;
  const text = bytes.toString("utf8");
  const byName = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    const [lineId, sum, json] = [line.slice(0, 16), line.slice(17, 33), line.slice(34)];
    if (lineId !== id || line[16] !== " " || line[33] !== " " || checksum(json) !== sum) continue;
    try {
      const entry = JSON.parse(json);
      const count = entry.names.length;
      const valid = entry.names.every((name) => typeof name === "string") && entry.keys.length === count * STAT_KEY_NUMBERS && entry.keys.every((n) => typeof n === "number") && entry.warningCounts.length === count && entry.warningCounts.every((n) => Number.isInteger(n) && n >= 0) && entry.outcomes.length === count && entry.outcomes.every((outcome) => outcome === null || typeof outcome === "string") && entry.reasons.every(([row, reason]) => Number.isInteger(row) && row >= 0 && row < count && typeof reason === "string");
      if (!valid) continue;
      const reasons = new Map(entry.reasons);
      for (let r = 0; r < count; r++) {
        byName.set(entry.names[r], [entry.names[r], statKeyAt(entry.keys, r * STAT_KEY_NUMBERS), reasons.get(r), entry.warningCounts[r], entry.outcomes[r] ?? null]);
      }
    } catch {
      continue;
    }
  }
  for (const row of byName.values()) rows.add(...row);
  return rows;
}
function checksum(text) {
  return createHash4("sha256").update(text).digest("hex").slice(0, 16);
}
function removeJournal(dir) {
  try {
    rmSync(join4(dir, JOURNAL_NAME), { force: true });
  } catch {
  }
}

// packages/node/src/fold-cache.ts
var FORMAT = "ledger-synth-fold-cache/5";
var FILE_NAME = "fold.cache";
var ROWS_PER_PIECE = 1024;
var StateLines = class {
  constructor(path, key, ranges) {
    this.path = path;
    this.key = key;
    this.ranges = ranges;
  }
  path;
  key;
  ranges;
  /** All the lines' bytes: a reader on a budget weighs their decoding before it starts. */
  get bytes() {
    return this.ranges.reduce((sum, [, length]) => sum + length, 0);
  }
  /** Each line as text, read when it is asked for; throws if the file changed since it was loaded or a line is not ASCII. */
  *texts() {
    for (const [offset, length] of this.ranges) {
      const line = readStateRange(this.path, this.key, offset, length);
      if (line === void 0) throw new Error(`${this.path} changed since it was loaded`);
      if (!isAscii(line)) throw new Error("not ASCII: not written by storeFoldCache");
      yield line.toString("latin1");
    }
  }
};
function dropFoldCache(dir) {
  try {
    rmSync2(join5(dir, FILE_NAME), { force: true });
    removeJournal(dir);
    return true;
  } catch {
    return false;
  }
}
function foldCacheBytes(dir) {
  try {
    return statSync2(join5(dir, FILE_NAME)).size;
  } catch {
    return 0;
  }
}
function loadFoldCache(dir) {
  const path = join5(dir, FILE_NAME);
  return withStateFile(path, (fd, key) => {
    try {
      return readCache(dir, path, new LineReader2(fd, key.size), key);
    } catch {
      return void 0;
    }
  });
}
function readCache(dir, path, lines, key) {
  if (lines.text() !== cacheFormat()) return void 0;
  const header = /^rows (\d+) id ([0-9a-f]{16})$/.exec(lines.text() ?? "");
  if (!header) return void 0;
  const rowCount = Number(header[1]);
  const names = JSON.parse(lines.text() ?? "");
  const keyBytes = Buffer.from(lines.text() ?? "", "base64");
  const reasonList = JSON.parse(lines.text() ?? "");
  const ranges = [];
  for (let k = 0; k < STATE_CODEC_LINES; k++) {
    const range = lines.skip();
    if (range === void 0) return void 0;
    ranges.push(range);
  }
  if (lines.text() !== "end" || !lines.atEnd()) return void 0;
  if (!Array.isArray(names) || names.length !== rowCount || !names.every((name) => typeof name === "string")) return void 0;
  if (keyBytes.length !== rowCount * ROW_NUMBERS * 8 || !Array.isArray(reasonList)) return void 0;
  const keys = new Float64Array(rowCount * ROW_NUMBERS);
  new Uint8Array(keys.buffer).set(keyBytes);
  for (let row = 0; row < rowCount; row++) {
    const count = rowWarningCount(keys, row);
    if (!Number.isInteger(count) || count < 0) return void 0;
  }
  const reasons = /* @__PURE__ */ new Map();
  for (const entry of reasonList) {
    if (!Array.isArray(entry) || !Number.isInteger(entry[0]) || typeof entry[1] !== "string") return void 0;
    reasons.set(entry[0], entry[1]);
  }
  return { id: header[2], journal: loadJournal(dir, header[2]), names, keys, reasons, stateLines: new StateLines(path, key, ranges) };
}
var LineReader2 = class {
  constructor(fd, size) {
    this.fd = fd;
    this.size = size;
    this.chunk = Buffer.allocUnsafe(Math.min(LINE_CHUNK_BYTES, size));
  }
  fd;
  size;
  chunk;
  /** The file offset of chunk[0], and how many bytes of it are the file's. */
  chunkAt = 0;
  chunkLength = 0;
  at = 0;
  /** The next line; undefined past the end or for a last line without its newline (torn). */
  text() {
    const range = this.skip();
    if (range === void 0) return void 0;
    const [offset, length] = range;
    const inChunk = offset >= this.chunkAt && offset + length <= this.chunkAt + this.chunkLength;
    const line = inChunk ? this.chunk.subarray(offset - this.chunkAt, offset - this.chunkAt + length) : readAt(this.fd, offset, length);
    if (line === void 0 || !isAscii(line)) throw new Error("not ASCII: not written by storeFoldCache");
    return line.toString("latin1");
  }
  /** Past the next line: its [offset, length] without the newline (checked when it is read); undefined as for `text`. */
  skip() {
    const start = this.at;
    while (this.at < this.size) {
      if (this.at >= this.chunkAt + this.chunkLength) this.load(this.at);
      const end = this.chunk.subarray(0, this.chunkLength).indexOf(10, this.at - this.chunkAt);
      if (end !== -1) {
        this.at = this.chunkAt + end + 1;
        return [start, this.chunkAt + end - start];
      }
      this.at = this.chunkAt + this.chunkLength;
    }
    return void 0;
  }
  atEnd() {
    return this.at === this.size;
  }
  load(offset) {
    const read = readSync2(this.fd, this.chunk, 0, Math.min(this.chunk.length, this.size - offset), offset);
    if (read === 0) throw new Error("the cache file is shorter than its size");
    this.chunkAt = offset;
    this.chunkLength = read;
  }
};
var LINE_CHUNK_BYTES = 1 << 20;
function storeFoldCache(dir, old, rows, stateText) {
  try {
    ensureCacheDir(dir);
    const oldCount = old?.names.length ?? 0;
    const names = (row) => row < oldCount ? old.names[row] : rows.names[row - oldCount];
    const count = oldCount + rows.length;
    let keys = rows.keyNumbers();
    if (old) {
      keys = new Float64Array(count * ROW_NUMBERS);
      keys.set(old.keys);
      keys.set(rows.keyNumbers(), oldCount * ROW_NUMBERS);
    }
    const reasons = [...old?.reasons ?? [], ...rows.reasons.map(([row, reason]) => [oldCount + row, reason])];
    function* chunks() {
      yield `${cacheFormat()}
rows ${count} id ${randomBytes2(8).toString("hex")}
`;
      for (let row = 0; row < count; row += ROWS_PER_PIECE) {
        const piece = JSON.stringify(Array.from({ length: Math.min(ROWS_PER_PIECE, count - row) }, (_, k) => names(row + k)));
        yield asciiJson((row === 0 ? "[" : ",") + piece.slice(1, -1));
      }
      yield count === 0 ? "[]\n" : "]\n";
      for (let row = 0; row < count; row += ROWS_PER_PIECE) {
        const piece = keys.subarray(row * ROW_NUMBERS, Math.min(count, row + ROWS_PER_PIECE) * ROW_NUMBERS);
        yield Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).toString("base64");
      }
      yield `
${asciiJson(JSON.stringify(reasons))}
`;
      for (const piece of stateText) yield asciiJson(piece);
      yield "end\n";
    }
    writeFileAtomic(join5(dir, FILE_NAME), chunks(), { durable: false, beforeRename: () => removeJournal(dir) });
  } catch {
  }
}
function cacheDirFor(stateDir2, identity) {
  const id = createHash5("sha256").update(JSON.stringify(identity)).digest("hex").slice(0, 16);
  return join5(stateDir2, "cache", id);
}
function cacheFormat() {
  const parser = true ? "af74218a841f2e18" : "source";
  return `${FORMAT}|${RENDER_FORMAT_VERSION}|${parser}`;
}
function ensureCacheDir(dir) {
  mkdirSync2(dir, { recursive: true });
  try {
    writeFileSync(join5(dirname3(dir), ".gitignore"), "# ledger-synth cache: local, never committed\n*\n", { flag: "wx" });
  } catch {
  }
}

// packages/node/src/read-fold.ts
import { lstatSync as lstatSync3 } from "node:fs";
import { basename as basename2, sep as sep3 } from "node:path";

// packages/node/src/memo-store.ts
import { createHash as createHash6 } from "node:crypto";
import { lstatSync as lstatSync2 } from "node:fs";
import { join as join6 } from "node:path";
var MEMO_FILE = "start.memo";
var MEMO_ANSWERS = 4;
var PATHS_PER_UPDATE = 1024;
function namesHash(paths) {
  const hash2 = createHash6("sha256");
  for (let start = 0; start < paths.length; start += PATHS_PER_UPDATE) {
    if (start > 0) hash2.update("\0");
    hash2.update(paths.slice(start, start + PATHS_PER_UPDATE).join("\0"));
  }
  return hash2;
}
function namesDigest(paths) {
  return namesHash(paths).digest("hex");
}
function namesThenListing(paths, racyMs) {
  const names = namesHash(paths);
  return { names: names.copy().digest("hex"), listing: () => statListing(paths, racyMs, names.copy()) };
}
function statListing(paths, racyMs, names) {
  const settledBefore = Date.now() - racyMs;
  const numbers = new Float64Array(paths.length * STAT_KEY_NUMBERS);
  for (let i = 0; i < paths.length; i++) {
    let stat2;
    try {
      stat2 = lstatSync2(paths[i], { throwIfNoEntry: false });
    } catch {
      return void 0;
    }
    if (stat2 === void 0 || Math.max(stat2.mtimeMs, stat2.ctimeMs) >= settledBefore) return void 0;
    putStatKey(numbers, i * STAT_KEY_NUMBERS, stat2);
  }
  return listingDigest(paths, numbers, names);
}
function listingDigest(paths, numbers, names = namesHash(paths)) {
  return names.update(new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength)).digest("hex");
}
function loadMemo(dir, inputsId) {
  const memo = readMemo(dir);
  const answer = memo?.answers.find(([id]) => id === inputsId);
  return memo === void 0 || answer === void 0 ? void 0 : { listing: memo, answer: answer[1] };
}
function storeMemo(dir, listing, inputsId, answer) {
  try {
    const memo = readMemo(dir);
    const same = memo !== void 0 && memo.names === listing.names && memo.ledger === listing.ledger && memo.events === listing.events;
    const kept = same ? memo.answers.filter(([id]) => id !== inputsId).slice(-(MEMO_ANSWERS - 1)) : [];
    ensureCacheDir(dir);
    const next = { format: cacheFormat(), ...listing, answers: [...kept, [inputsId, answer]] };
    writeFileAtomic(join6(dir, MEMO_FILE), JSON.stringify(next), { durable: false });
  } catch {
  }
}
function readMemo(dir) {
  try {
    const bytes = readStateFile(join6(dir, MEMO_FILE));
    if (bytes === void 0) return void 0;
    const memo = JSON.parse(bytes.toString("utf8"));
    const valid = memo.format === cacheFormat() && [memo.names, memo.ledger, memo.events].every((d) => typeof d === "string") && (memo.dirs === void 0 || typeof memo.dirs === "string") && Array.isArray(memo.answers);
    return valid ? memo : void 0;
  } catch {
    return void 0;
  }
}

// packages/node/src/read-workers.ts
import { availableParallelism } from "node:os";
import { existsSync as existsSync2 } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var CHUNK_FILES = 64;
var PART_FILES = 128;
var CHUNKS_PER_LOOK = 4;
function claimChunk(counter, length) {
  const start = Atomics.add(counter, 0, CHUNK_FILES);
  return start >= length ? void 0 : { start, end: Math.min(length, start + CHUNK_FILES) };
}
function workerScript() {
  if (process.env.LEDGER_SYNTH_WORKERS === "0") return void 0;
  try {
    const path = fileURLToPath(new URL("./read-worker.mjs", import.meta.url));
    return existsSync2(path) ? path : void 0;
  } catch {
    return void 0;
  }
}
function workerCount() {
  if (workerScript() === void 0) return 0;
  const forced = process.env.LEDGER_SYNTH_WORKERS;
  if (forced === "1" || forced === "2" || forced === "3") return Number(forced);
  return Math.max(0, Math.min(3, availableParallelism() - 1));
}
async function readInWorkers(toRead, files, settings, readHere, takePart, tick3) {
  const script = workerScript();
  const count = workerCount();
  if (script === void 0 || count === 0) return readHere(toRead);
  const claims = new SharedArrayBuffer(4);
  const counter = new Int32Array(claims);
  const job = { paths: toRead.map((i) => files[i]), claims, settings, format: cacheFormat(), chunkLimit: testChunkLimit(), partFiles: testPartFiles() ?? PART_FILES };
  const workers = Array.from({ length: count }, () => startWorker(script, job));
  const done = new Uint8Array(toRead.length);
  const joinArrived = async () => {
    for (const worker of workers) {
      for (let part = worker.parts.shift(); part !== void 0; part = worker.parts.shift()) {
        await tick3();
        if (!takePart(part)) continue;
        for (const [at] of part.settled) done[at] = 1;
        for (const [at] of part.racy) done[at] = 1;
      }
    }
  };
  try {
    const claimHere = job.chunkLimit === void 0;
    let chunks = 0;
    for (let chunk = claimHere ? claimChunk(counter, toRead.length) : void 0; chunk !== void 0; chunk = claimChunk(counter, toRead.length)) {
      await readHere(toRead.slice(chunk.start, chunk.end));
      done.fill(1, chunk.start, chunk.end);
      await tick3();
      if (++chunks % CHUNKS_PER_LOOK === 0) {
        await new Promise((resolve7) => setImmediate(resolve7));
        await joinArrived();
      }
    }
    for (let running = workers.filter((worker) => !worker.finished); running.length > 0; running = running.filter((worker) => !worker.finished)) {
      await Promise.race([...running.map((worker) => worker.settled), sleep(10)]);
      await tick3();
      await joinArrived();
    }
    await joinArrived();
    const left = toRead.filter((_, at) => done[at] === 0);
    if (left.length > 0) await readHere(left);
  } finally {
    for (const worker of workers) worker.stop();
  }
}
function sleep(ms) {
  return new Promise((resolve7) => setTimeout(() => resolve7(void 0), ms).unref());
}
function testChunkLimit() {
  const limit = Number(process.env.LEDGER_SYNTH_WORKER_CHUNKS);
  return Number.isInteger(limit) && limit >= 0 ? limit : void 0;
}
function testPartFiles() {
  const files = Number(process.env.LEDGER_SYNTH_WORKER_PART_FILES);
  return Number.isInteger(files) && files > 0 ? files : void 0;
}
var WORKER_YOUNG_GENERATION_MB = 8;
function startWorker(script, job) {
  let worker;
  const parts = [];
  let finished = false;
  const settled = new Promise((resolve7) => {
    const finish = () => {
      finished = true;
      resolve7();
      void worker?.terminate();
    };
    try {
      worker = new Worker(script, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    } catch {
      return finish();
    }
    worker.on("message", (message) => {
      if (finished) return;
      if ("part" in message) parts.push(message.part);
      else finish();
    });
    worker.on("error", finish);
    worker.on("exit", finish);
  });
  return {
    parts,
    get finished() {
      return finished;
    },
    settled,
    stop: () => void worker?.terminate()
  };
}

// packages/node/src/read-fold.ts
var DEFAULT_RACY_MS = 2e3;
var ReadStopped = class extends Error {
  constructor() {
    super("the read was stopped before every file was read");
    this.name = "ReadStopped";
  }
};
async function readAndFold(files, settings) {
  const base = settings.displayRoot.endsWith(sep3) ? settings.displayRoot : settings.displayRoot + sep3;
  const names = files.map((path) => path.startsWith(base) ? path.slice(base.length) : path);
  const reasons = new Array(files.length);
  const warnings = new FirstWarnings(settings.warningLimit ?? Number.POSITIVE_INFINITY);
  const { cacheDir } = settings;
  const cached = cacheDir === void 0 ? void 0 : await matchingCache(cacheDir, files, names, settings);
  const { state, tracker } = cached?.folded ?? { state: emptyState(), tracker: emptyTracker() };
  const toRead = [];
  const keys = new Float64Array(files.length * STAT_KEY_NUMBERS);
  const keyed = new Uint8Array(files.length);
  const keep = (i, key) => {
    putStatKey(keys, i * STAT_KEY_NUMBERS, key);
    keyed[i] = 1;
  };
  const wordsOf = (i) => () => warningsOfFile(files[i], statKeyAt(keys, i * STAT_KEY_NUMBERS), settings.maxEventBytes);
  for (let i = 0; i < files.length; i++) {
    const row = cached === void 0 ? -1 : cached.rowOf[i];
    if (row === -1) toRead.push(i);
    else {
      const { loaded } = cached;
      const base2 = row < loaded.names.length;
      const at = base2 ? row : row - loaded.names.length;
      const numbers = base2 ? loaded.keys : loaded.journal.keyNumbers();
      keep(i, rowKeyOf(numbers, at));
      const reason = base2 ? loaded.reasons.get(at) : loaded.journal.reasonOf(at);
      if (reason !== void 0) reasons[i] = reason;
      const count = rowWarningCount(numbers, at);
      if (count > 0) warnings.addLater(i, count, wordsOf(i));
    }
  }
  const journaled = cached !== void 0 && cached.loaded.journal.length + toRead.length <= journalLimit(cached.loaded.names.length);
  const rows = new NewRows();
  let settledReads = 0;
  const racy = [];
  const fold = (i, outcome) => {
    if (outcome.reason !== void 0) reasons[i] = outcome.reason;
    const compact = foldOutcome(state, tracker, outcome);
    if (compact !== void 0) warnings.add(i, compact);
    return compact;
  };
  const onRead = (i, { outcome, key, settled }) => {
    if (!settled || key === void 0) return void racy.push([i, outcome]);
    keep(i, key);
    const compact = fold(i, outcome);
    if (cacheDir !== void 0) rows.add(names[i], key, outcome.reason, compact?.length ?? 0, journaled && outcome.event ? encodeOutcome({ event: outcome.event }) : null);
    settledReads++;
  };
  const racyMs = settings.racyMs ?? DEFAULT_RACY_MS;
  const readHere = async (indices) => {
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k];
      onRead(i, readSettled(files[i], settings.maxEventBytes, racyMs));
      if (k % BATCH === BATCH - 1) await tick(settings);
    }
  };
  if (cached === void 0 && settings.shouldStop?.(toRead.length * FLOOR_MS_PER_FILE)) throw new ReadStopped();
  if (toRead.length > 0) await tick(settings);
  const takePart = (part) => {
    if (settings.shouldStop?.(part.state.length / PART_CHARS_PER_MS)) throw new ReadStopped();
    let folded;
    try {
      folded = decodeState(part.state.split("\n").slice(0, -1));
    } catch {
      return false;
    }
    mergeInto(state, folded.state);
    mergeTrackerInto(tracker, folded.tracker);
    part.settled.forEach(([at, reason, count], n) => {
      const i = toRead[at];
      const key = statKeyAt(part.keys, n * STAT_KEY_NUMBERS);
      keep(i, key);
      if (reason !== null) reasons[i] = reason;
      if (count > 0) warnings.addLater(i, count, wordsOf(i));
      if (cacheDir !== void 0) rows.add(names[i], key, reason ?? void 0, count);
      settledReads++;
    });
    for (const [at, json] of part.racy) racy.push([toRead[at], decodeOutcome(json)]);
    return true;
  };
  const parallel = !journaled && toRead.length >= (settings.workersFrom ?? Number.POSITIVE_INFINITY) && workerCount() > 0;
  if (parallel) await readInWorkers(toRead, files, { maxEventBytes: settings.maxEventBytes, racyMs }, readHere, takePart, () => tick(settings));
  else await readHere(toRead);
  try {
    warnings.load();
  } catch {
    const dropped = settings.store !== false && dropFoldCache(cacheDir);
    return readAndFold(files, { ...settings, cacheDir: dropped ? cacheDir : void 0, workersFrom: void 0 });
  }
  if (cacheDir !== void 0 && settings.store !== false && settledReads > 0) {
    if (journaled) appendFoldJournal(cacheDir, cached.loaded.id, rows);
    else storeFoldCache(cacheDir, cached?.loaded, cached ? cached.loaded.journal.concat(rows) : rows, encodeStateText(state, tracker));
  }
  for (const [i, outcome] of racy) fold(i, outcome);
  return {
    state,
    tracker,
    reasons,
    warnings,
    stats: { files: files.length, cached: cached?.coveredCount ?? 0, parsed: toRead.length },
    listing: cacheDir === void 0 || keyed.includes(0) ? void 0 : listingDigest(files, keys)
  };
}
var FirstWarnings = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  count = 0;
  files = 0;
  kept = [];
  keptCount = 0;
  /** Kept out of listing order (no limit: sorted once, when read). */
  unsorted = false;
  add(index, list2) {
    this.addLater(index, list2.length, list2);
  }
  /** `count` warnings of file `index`, loaded (`list`) only if they are kept: the cache's are parsed on demand. */
  addLater(index, count, list2) {
    if (count === 0) return;
    this.count += count;
    this.files += 1;
    if (this.limit === Number.POSITIVE_INFINITY) {
      if (this.kept.length > 0 && this.kept[this.kept.length - 1][0] > index) this.unsorted = true;
      this.kept.push([index, list2, count]);
      this.keptCount += count;
      return;
    }
    let at = this.kept.length;
    while (at > 0 && this.kept[at - 1][0] > index) at--;
    this.kept.splice(at, 0, [index, list2, count]);
    this.keptCount += count;
    while (this.kept.length > 0 && this.keptCount - this.kept[this.kept.length - 1][2] >= this.limit) {
      this.keptCount -= this.kept.pop()[2];
    }
  }
  /** Load the kept warnings that are not loaded yet; throws when one cannot be (a damaged cache). */
  load() {
    if (this.unsorted) {
      this.kept.sort((a, b) => a[0] - b[0]);
      this.unsorted = false;
    }
    for (const entry of this.kept) {
      if (typeof entry[1] !== "function") continue;
      const list2 = entry[1]();
      if (list2 === void 0 || list2.length !== entry[2]) throw new Error(`file ${entry[0]}: ${entry[2]} cached warnings expected`);
      entry[1] = list2;
    }
  }
  /** [file index, its warnings], in listing order. */
  first() {
    this.load();
    return this.kept.map(([index, list2]) => [index, list2]);
  }
};
var BATCH = 256;
var DECODE_CHARS_PER_MS = 4e4;
var LOAD_BYTES_PER_MS = 6e4;
var PART_CHARS_PER_MS = 12e3;
var LSTAT_MS_PER_FILE = 0.01;
var STATE_SHARE_OF_CACHE = 0.7;
var FLOOR_MS_PER_FILE = 0.02;
async function matchingCache(dir, files, names, settings) {
  const bytes = foldCacheBytes(dir);
  if (bytes === 0) return void 0;
  const warmPathMs = bytes / LOAD_BYTES_PER_MS + files.length * LSTAT_MS_PER_FILE + STATE_SHARE_OF_CACHE * bytes / DECODE_CHARS_PER_MS;
  if (settings.shouldStop?.(warmPathMs)) throw new ReadStopped();
  const loaded = loadFoldCache(dir);
  if (loaded === void 0) return void 0;
  const indexOf = /* @__PURE__ */ new Map();
  for (let i = 0; i < names.length; i++) indexOf.set(names[i], i);
  const rowOf = new Int32Array(files.length).fill(-1);
  for (let row = 0; row < loaded.names.length; row++) {
    const i = indexOf.get(loaded.names[row]);
    if (i === void 0 || rowOf[i] !== -1) return void 0;
    let stat2;
    try {
      stat2 = lstatSync3(files[i], { throwIfNoEntry: false });
    } catch {
      return void 0;
    }
    if (stat2 === void 0 || !sameRowKey(loaded.keys, row, stat2)) return void 0;
    rowOf[i] = row;
    if (row % BATCH === BATCH - 1) await tick(settings);
  }
  const { journal } = loaded;
  for (let at = 0; at < journal.length; at++) {
    const i = indexOf.get(journal.names[at]);
    if (i === void 0 || rowOf[i] !== -1) return void 0;
    const stat2 = lstatKey(files[i]);
    if (stat2 === void 0 || !sameRowKey(journal.keyNumbers(), at, stat2)) return void 0;
    rowOf[i] = loaded.names.length + at;
    if (at % BATCH === BATCH - 1) await tick(settings);
  }
  const stateChars = loaded.stateLines.bytes + journal.outcomes.reduce((sum, json) => sum + (json?.length ?? 0), 0);
  if (settings.shouldStop?.(stateChars / DECODE_CHARS_PER_MS)) throw new ReadStopped();
  try {
    const folded = decodeState(loaded.stateLines.texts());
    for (const json of journal.outcomes) {
      const event = json === null ? void 0 : decodeOutcome(json).event;
      if (event === void 0) continue;
      const record = addEvent(folded.state, event);
      trackEvent(folded.tracker, event, record ?? void 0);
    }
    if (!foldedFromCoveredFiles(folded.state, loaded)) return void 0;
    return { folded, rowOf, loaded, coveredCount: loaded.names.length + journal.length };
  } catch {
    return void 0;
  }
}
function warningsOfFile(path, key, maxEventBytes) {
  const read = readEventFile(path, maxEventBytes);
  if (read.key === void 0 || !sameStatKey(read.key, key)) throw new Error(`${path} changed since it was folded`);
  return read.outcome.warnings?.map(compactWarning) ?? [];
}
function foldOutcome(state, tracker, outcome) {
  if (outcome.event === void 0) return void 0;
  const record = addEvent(state, outcome.event);
  trackEvent(tracker, outcome.event, record ?? void 0);
  if (outcome.warnings === void 0 || outcome.warnings.length === 0) return void 0;
  return outcome.warnings.map(compactWarning);
}
function foldedFromCoveredFiles(state, loaded) {
  const files = /* @__PURE__ */ new Set();
  let eventRows = 0;
  const cover = (name, reason) => {
    if (reason !== void 0) return;
    eventRows++;
    files.add(basename2(name));
  };
  loaded.names.forEach((name, row) => cover(name, loaded.reasons.get(row)));
  loaded.journal.names.forEach((name, at) => cover(name, loaded.journal.reasonOf(at)));
  if (state.events.size > eventRows) return false;
  for (const summary of state.events.values()) if (!files.has(summary.stamp.file)) return false;
  return true;
}
function readSettled(path, maxEventBytes, racyMs) {
  const openedAt = Date.now();
  const { outcome, key } = readEventFile(path, maxEventBytes);
  return { outcome, key, settled: key !== void 0 && Math.max(key.mtimeMs, key.ctimeMs) < openedAt - racyMs };
}
async function tick(settings) {
  settings.onProgress?.();
  if (settings.onProgress || settings.shouldStop) await new Promise((resolve7) => setImmediate(resolve7));
  if (settings.shouldStop?.()) throw new ReadStopped();
}

// packages/node/src/lock.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { closeSync as closeSync3, constants as constants2, fstatSync as fstatSync2, lstatSync as lstatSync4, mkdirSync as mkdirSync3, openSync as openSync3, readdirSync as readdirSync2, readSync as readSync3, rmdirSync, unlinkSync as unlinkSync2, utimesSync } from "node:fs";
import { hostname } from "node:os";
import { dirname as dirname4 } from "node:path";
import { setTimeout as sleep2 } from "node:timers/promises";
var HOST = hostname();
async function acquireLock(path, options2) {
  const token = randomBytes3(8).toString("hex");
  const record = { pid: process.pid, host: HOST, token, acquiredAt: (/* @__PURE__ */ new Date()).toISOString() };
  const started = Date.now();
  let delay = 5;
  try {
    mkdirSync3(dirname4(path), { recursive: true });
  } catch (error) {
    throw lockWriteError(path, error);
  }
  for (; ; ) {
    if (tryCreate(path, record)) return makeHandle(path, options2, token);
    const kind = lockKind(path);
    let holder = "missing";
    if (kind === "file") {
      holder = readRecord(path);
      if (holder !== "missing" && isAbandoned(path, holder, options2.staleMs) && breakLock(path, holder, options2.staleMs)) continue;
    } else if (kind === "foreign") {
      if (clearForeign(path)) continue;
    } else if (kind === "unusable") {
      throw unusableError(path);
    }
    if (Date.now() - started >= options2.timeoutMs) throw timeoutError(path, holder, options2.timeoutMs);
    await sleep2(delay + Math.floor(Math.random() * delay));
    delay = Math.min(delay * 2, 100);
  }
}
function lockKind(path) {
  try {
    const stat2 = lstatSync4(path);
    if (stat2.isFile()) return "file";
    if (stat2.isSymbolicLink()) return "foreign";
    if (stat2.isDirectory()) return readdirSync2(path).length === 0 ? "foreign" : "unusable";
    return "unusable";
  } catch (error) {
    return error.code === "ENOENT" ? "missing" : "unusable";
  }
}
function clearForeign(path) {
  try {
    const stat2 = lstatSync4(path);
    if (stat2.isSymbolicLink()) unlinkSync2(path);
    else if (stat2.isDirectory()) rmdirSync(path);
    else return false;
    return true;
  } catch {
    return false;
  }
}
function unusableError(path) {
  return new LedgerError("E_LOCK", `the lock path ${path} is a directory (or another kind of file) that is not a lock file; no run can take the lock until it is removed`, {
    hint: `Nothing was written. Look inside, then remove it:
  rm -r '${path}'`
  });
}
function tryCreate(path, record) {
  try {
    createFileExclusive(path, JSON.stringify(record), { durable: false, linkless: "create-in-place" });
    return true;
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw lockWriteError(path, error);
  }
}
function lockWriteError(path, error) {
  if (error instanceof LedgerError) return error;
  const code = error.code ?? "";
  const hint = code === "ENOSPC" ? "The disk is full; nothing was written." : code === "EACCES" || code === "EPERM" || code === "EROFS" ? "The output directory is not writable (the lock file lives next to the output); nothing was written." : code === "ENOTDIR" || code === "EEXIST" ? "A parent of the output path is a file, not a directory; nothing was written." : void 0;
  return new LedgerError("E_WRITE", `cannot create the lock file ${path}: ${code} ${error.message}`.replace(/\s+/g, " "), { cause: error, hint });
}
function readRecord(path) {
  let text;
  let fd;
  try {
    fd = openSync3(path, constants2.O_RDONLY | constants2.O_NOFOLLOW | constants2.O_NONBLOCK);
  } catch (error) {
    return error.code === "ENOENT" ? "missing" : void 0;
  }
  try {
    if (!fstatSync2(fd).isFile()) return void 0;
    const buffer = Buffer.alloc(4096);
    const length = readSync3(fd, buffer, 0, buffer.length, 0);
    text = buffer.subarray(0, length).toString("utf8");
  } catch {
    return void 0;
  } finally {
    closeSync3(fd);
  }
  try {
    const value = JSON.parse(text);
    if (typeof value.pid === "number" && typeof value.host === "string") {
      return { pid: value.pid, host: value.host, token: typeof value.token === "string" ? value.token : "", acquiredAt: String(value.acquiredAt ?? "unknown") };
    }
  } catch {
  }
  return void 0;
}
function ageMs(path) {
  try {
    return Date.now() - lstatSync4(path).mtimeMs;
  } catch {
    return void 0;
  }
}
function isAbandoned(path, holder, staleMs) {
  if (holder && holder.host === HOST && !isProcessAlive(holder.pid)) return true;
  const age = ageMs(path);
  return age !== void 0 && age > staleMs;
}
function isProcessAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function breakLock(path, judged, staleMs) {
  const guard = `${path}.break`;
  const guardRecord = { pid: process.pid, host: HOST, token: randomBytes3(8).toString("hex"), acquiredAt: (/* @__PURE__ */ new Date()).toISOString() };
  if (!tryCreate(guard, guardRecord)) {
    if (lockKind(guard) === "foreign") return clearForeign(guard);
    const holder = readRecord(guard);
    if (holder !== "missing" && isAbandoned(guard, holder, Math.min(staleMs, 2e3))) {
      try {
        unlinkSync2(guard);
        return true;
      } catch {
      }
    }
    return false;
  }
  try {
    const current = readRecord(path);
    if (current === "missing") return true;
    const same = current?.token === judged?.token;
    if (same && isAbandoned(path, current, staleMs)) {
      unlinkSync2(path);
      return true;
    }
    return false;
  } catch {
    return false;
  } finally {
    try {
      unlinkSync2(guard);
    } catch {
    }
  }
}
function makeHandle(path, options2, token) {
  let released = false;
  let lastTouch = Date.now();
  const timer = setInterval(() => handle.refresh(), Math.max(50, Math.floor(options2.staleMs / 3)));
  timer.unref();
  const owns = () => {
    const current = readRecord(path);
    return current !== "missing" && current?.token === token;
  };
  const handle = {
    path,
    refresh() {
      if (released || Date.now() - lastTouch < options2.staleMs / 4) return;
      lastTouch = Date.now();
      try {
        const now = /* @__PURE__ */ new Date();
        utimesSync(path, now, now);
      } catch {
      }
    },
    assertHeld() {
      if (!owns()) {
        throw new LedgerError("E_LOCK_LOST", `lost the lock ${path}: another process broke it as stale (this process was paused longer than ${options2.staleMs} ms); nothing was written`);
      }
    },
    release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      if (owns()) {
        try {
          unlinkSync2(path);
        } catch {
        }
      }
    }
  };
  return handle;
}
function timeoutError(path, holder, timeoutMs) {
  const who = holder && holder !== "missing" ? `pid ${holder.pid} on ${holder.host}, since ${holder.acquiredAt}` : "an unknown process";
  return new LedgerError("E_LOCK_TIMEOUT", `timed out after ${timeoutMs} ms waiting for the lock ${path} (held by ${who})`, {
    hint: `If no synthesis is running, the lock is left over: delete it with
  rm '${path}'`
  });
}

// packages/node/src/output-guard.ts
import { statSync as statSync3 } from "node:fs";
function identityOf(path) {
  try {
    const s = statSync3(path, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch (error) {
    if (error.code === "ENOENT") return "missing";
    return `unreadable:${error.code ?? ""}`;
  }
}
function guardOutput(lock, output) {
  const seen = identityOf(output);
  return {
    check() {
      const now = identityOf(output);
      if (now !== seen) {
        throw new LedgerError(
          "E_LOCK_LOST",
          `${output} changed while this run was synthesizing (another run or a git operation wrote it after this one read it); nothing was written`,
          { hint: "Run the command again: it reads the events as they are now." }
        );
      }
      lock.assertHeld();
    }
  };
}

// packages/node/src/session/paths.ts
import { createHash as createHash7 } from "node:crypto";
import { existsSync as existsSync3, mkdirSync as mkdirSync4, statSync as statSync4, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join7 } from "node:path";
function stateDir(root) {
  return join7(root, ".ledger-synth");
}
function ensureStateDir(root) {
  const dir = stateDir(root);
  mkdirSync4(dir, { recursive: true });
  try {
    writeFileSync2(join7(dir, ".gitignore"), "# ledger-synth local state (drafts, session markers, caches): never committed\n*\n", { flag: "wx" });
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
  }
}
function sessionStem(sessionId) {
  if (/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(sessionId)) return sessionId;
  const hash2 = createHash7("sha256").update(sessionId).digest("hex").slice(0, 12);
  return `${sanitizeAgentId(sessionId).slice(0, 40)}-${hash2}`;
}
function draftPath(root, sessionId) {
  return join7(stateDir(root), "drafts", `${sessionStem(sessionId)}.md`);
}
function sessionsDir(root) {
  return join7(stateDir(root), "sessions");
}
function startMarkerPath(root, sessionId) {
  return join7(sessionsDir(root), `${sessionStem(sessionId)}.start.json`);
}
function endMarkerPath(root, sessionId) {
  return join7(sessionsDir(root), `${sessionStem(sessionId)}.end.json`);
}
function endLockPath(root, sessionId) {
  return join7(sessionsDir(root), `${sessionStem(sessionId)}.end.lock`);
}
function existingDir(path) {
  if (!path) return void 0;
  try {
    return statSync4(path).isDirectory() ? path : void 0;
  } catch {
    return void 0;
  }
}
function ledgerRootOf(dir) {
  const existing = existingDir(dir);
  if (!existing) return void 0;
  const { root, configFile } = findRoot(existing);
  if (configFile || existsSync3(join7(root, ".git"))) return root;
  if (existsSync3(stateDir(root)) || existsSync3(join7(root, DEFAULTS.eventsDir))) return root;
  return void 0;
}

// packages/node/src/temp-files.ts
import { readdirSync as readdirSync3, unlinkSync as unlinkSync3 } from "node:fs";
import { basename as basename3, dirname as dirname5, join as join8 } from "node:path";
function removeDeadTempFiles(target) {
  const prefix = `.${basename3(target)}.`;
  let names;
  try {
    names = readdirSync3(dirname5(target));
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const match = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length));
    if (!match || Number(match[1]) === process.pid || isProcessAlive(Number(match[1]))) continue;
    try {
      unlinkSync3(join8(dirname5(target), name));
      removed++;
    } catch {
    }
  }
  return removed;
}

// packages/node/src/test-pause.ts
import { existsSync as existsSync4, writeFileSync as writeFileSync3 } from "node:fs";
var tick2 = new Int32Array(new SharedArrayBuffer(4));
function testPause(env, point) {
  const marker = env[`LEDGER_SYNTH_TEST_PAUSE_${point}`];
  if (!marker) return;
  writeFileSync3(marker, String(process.pid));
  while (!existsSync4(`${marker}.go`)) Atomics.wait(tick2, 0, 0, 10);
}

// packages/node/src/synthesize.ts
function lockPathFor(config) {
  return join9(dirname6(config.output), ".synth.lock");
}
async function planSynthesis(inputs, options2 = {}) {
  const { config } = inputs;
  const files = await discoverEventFiles({ eventsDir: config.eventsDir, archiveDir: config.archiveDir, inputGlob: inputs.inputGlob, cwd: inputs.cwd, output: config.output });
  const read = await readAndFold(files, readSettings(inputs, options2));
  const under = config.root.endsWith(sep4) ? config.root : config.root + sep4;
  const display = (i) => files[i].startsWith(under) ? files[i].slice(under.length) : relative(config.root, files[i]) || files[i];
  const issues = [];
  read.reasons.forEach((reason, i) => {
    if (reason !== void 0) issues.push({ file: display(i), reason });
  });
  const warnings = [];
  for (const [i, list2] of read.warnings.first()) {
    for (const compact of list2) {
      if (warnings.length >= (options2.warningLimit ?? Number.POSITIVE_INFINITY)) break;
      const { line, message } = expandWarning(compact);
      warnings.push({ file: display(i), line, message });
    }
  }
  if (options2.shouldStop?.()) throw new ReadStopped();
  return {
    ...compareWithDisk(inputs, read.state),
    files,
    issues,
    warnings,
    warningCount: read.warnings.count,
    warningFiles: read.warnings.files,
    state: read.state,
    eventCount: read.state.events.size,
    resolutions: trackedResolutions(read.tracker),
    read: read.stats,
    listing: read.listing
  };
}
function streamCache(inputs) {
  const { config, env } = inputs;
  const racy = Number(env.LEDGER_SYNTH_CACHE_RACY_MS);
  const glob = inputs.inputGlob ? `${resolve4(inputs.cwd)}\0${inputs.inputGlob}` : void 0;
  const identity = glob ? { glob } : { eventsDir: config.eventsDir, archiveDir: config.archiveDir };
  return {
    cacheDir: env.LEDGER_SYNTH_CACHE === "0" ? void 0 : cacheDirFor(stateDir(config.root), { ...identity, maxEventBytes: config.maxEventBytes }),
    racyMs: env.LEDGER_SYNTH_CACHE_RACY_MS !== void 0 && Number.isInteger(racy) && racy >= 0 ? racy : DEFAULT_RACY_MS
  };
}
function readSettings(inputs, options2) {
  return {
    ...streamCache(inputs),
    displayRoot: inputs.config.root,
    maxEventBytes: inputs.config.maxEventBytes,
    onProgress: options2.onProgress,
    store: options2.storeCache,
    shouldStop: options2.shouldStop,
    workersFrom: Number(inputs.env.LEDGER_SYNTH_WORKERS_FROM) || WORKERS_FROM,
    warningLimit: options2.warningLimit
  };
}
var WORKERS_FROM = 5e4;
function compareWithDisk(inputs, state) {
  const output = inputs.config.output;
  const previous = readBytesIfExists(output);
  const previousFooter = previous === void 0 ? void 0 : parseFooter(previous.subarray(-FOOTER_TAIL_BYTES).toString("utf8"));
  const digest = digestState(state, inputs.config.window);
  const generatedAt = previousFooter && previousFooter.digest === digest ? previousFooter.generatedAt : generatedAtFor(inputs.env);
  const chunks = [];
  renderLedgerTo(state, { generatedAt, window: inputs.config.window }, (chunk) => chunks.push(Buffer.from(chunk, "utf8")));
  const rendered = Buffer.concat(chunks);
  const status = previous === void 0 ? "missing" : sameText(previous, rendered) ? "fresh" : "stale";
  return { digest, output, previous, previousFooter, rendered, status };
}
var FOOTER_TAIL_BYTES = 4096;
function sameText(bytes, rendered) {
  if (bytes.equals(rendered)) return true;
  const mayNormalise = bytes.includes(13) || bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  return mayNormalise && normalizeText(bytes.toString("utf8")) === rendered.toString("utf8");
}
async function synthesizeStream(inputs, options2 = {}) {
  let lock;
  try {
    lock = await acquireLock(lockPathFor(inputs.config), {
      timeoutMs: options2.lockTimeoutMs ?? inputs.config.lockTimeoutMs,
      staleMs: inputs.config.lockStaleMs
    });
  } catch (error) {
    if (options2.planIfBusy && error instanceof LedgerError && error.code === "E_LOCK_TIMEOUT") {
      return { synthesis: await planSynthesis(inputs, { shouldStop: options2.shouldStop, warningLimit: options2.warningLimit }), written: false, lockBusy: true };
    }
    throw error;
  }
  try {
    testPause(inputs.env, "AFTER_LOCK");
    removeDeadTempFiles(inputs.config.output);
    removeDeadTempFiles(lock.path);
    const guard = guardOutput(lock, inputs.config.output);
    const synthesis = await planSynthesis(inputs, { onProgress: () => lock.refresh(), shouldStop: options2.shouldStop, warningLimit: options2.warningLimit });
    testPause(inputs.env, "AFTER_PLAN");
    const skip = synthesis.status === "fresh" || options2.skipEmpty === true && synthesis.status === "missing" && synthesis.eventCount === 0;
    if (!skip) {
      lock.assertHeld();
      writeFileAtomic(synthesis.output, [synthesis.rendered], { beforeRename: () => (testPause(inputs.env, "BEFORE_RENAME"), guard.check()) });
    }
    const outcome = { synthesis, written: !skip };
    return options2.thenHoldingLock ? { ...outcome, then: options2.thenHoldingLock(outcome, lock) } : outcome;
  } finally {
    lock.release();
  }
}
function readBytesIfExists(path) {
  try {
    return readFileSync2(path);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return void 0;
    throw new LedgerError("E_READ", `cannot read the current ledger ${path}: ${code ?? error.message}`, {
      cause: error,
      hint: code === "EISDIR" ? "The output path is a directory; point `output` (or --output) at a file." : void 0
    });
  }
}

// packages/node/src/memo.ts
import { lstatSync as lstatSync5 } from "node:fs";
async function listStreamFiles(inputs) {
  const { config } = inputs;
  return discoverEventFiles({ eventsDir: config.eventsDir, archiveDir: config.archiveDir, inputGlob: inputs.inputGlob, cwd: inputs.cwd, output: config.output });
}
function inputsIdOf(inputs) {
  return sha256Hex(JSON.stringify(inputs, (_key, value) => value instanceof Map ? [...value] : value));
}
async function recall(inputs, output, inputsId, files) {
  const { cacheDir, racyMs } = streamCache(inputs);
  const memo = cacheDir === void 0 ? void 0 : loadMemo(cacheDir, inputsId);
  if (memo === void 0) return void 0;
  const { listing } = memo;
  if (listing.dirs !== void 0 && listing.dirs !== directoriesKey(inputs)) return void 0;
  if (listing.ledger !== statListing([output], racyMs)) return void 0;
  const listed = files ?? await listStreamFiles(inputs);
  const now = namesThenListing(listed, racyMs);
  if (listing.names !== now.names || listing.events !== now.listing()) return void 0;
  return memo.answer;
}
function remember(inputs, synthesis, output, inputsId, answer) {
  const { cacheDir, racyMs } = streamCache(inputs);
  if (cacheDir === void 0 || synthesis.listing === void 0) return;
  const ledger = statListing([output], racyMs);
  if (ledger === void 0) return;
  storeMemo(cacheDir, { dirs: directoriesKey(inputs), names: namesDigest(synthesis.files), ledger, events: synthesis.listing }, inputsId, answer);
}
function directoriesKey(inputs) {
  if (inputs.inputGlob) return void 0;
  const { eventsDir, archiveDir } = inputs.config;
  return [eventsDir, ...archiveDir ? [archiveDir] : []].map((dir) => {
    try {
      const stat2 = lstatSync5(dir, { throwIfNoEntry: false });
      return stat2 === void 0 ? "-" : [stat2.mtimeMs, stat2.ctimeMs, stat2.ino, stat2.dev].join(":");
    } catch {
      return "?";
    }
  }).join("|");
}

// packages/node/src/write-event.ts
import { randomBytes as randomBytes4 } from "node:crypto";
import { join as join10 } from "node:path";
function writeEventFile(eventsDir, header, body, epochMs) {
  const text = serializeEvent(header, body);
  return publishEventText(eventsDir, { agent: header.agent, epochMs, text, kind: "event" }, (fileName2) => {
    const check = parseEvent(text, fileName2);
    return check.ok ? void 0 : check.issue.reason;
  });
}
function publishEventText(eventsDir, event, validate) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const fileName2 = eventFileName(event.epochMs, event.agent, randomBytes4(4).toString("hex"));
    const problem = validate(fileName2);
    if (problem !== void 0) throw new LedgerError("E_INTERNAL", `refusing to write an invalid ${event.kind}: ${problem}`);
    const path = join10(eventsDir, fileName2);
    try {
      createFileExclusive(path, event.text);
      return { path, fileName: fileName2, text: event.text };
    } catch (error) {
      if (error.code !== "EEXIST") {
        throw new LedgerError("E_WRITE", `could not write ${event.kind} ${path}: ${error.message}`, { cause: error });
      }
    }
  }
  throw new LedgerError("E_WRITE", `could not find a free ${event.kind} file name in ${eventsDir}`);
}

// packages/node/src/session/hook-input.ts
var MAX_FIELD = 4096;
function parseHookInput(text) {
  const trimmed = text.trim();
  if (trimmed === "") {
    return { ok: false, reason: 'stdin was empty: expected the hook JSON from Claude Code, e.g. {"session_id":"\u2026","cwd":"\u2026"}' };
  }
  let value;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    return { ok: false, reason: `stdin is not JSON (${error.message}): ${quoteInput(trimmed)}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, reason: `stdin must be a JSON object, got ${quoteInput(trimmed)}` };
  }
  const record = value;
  const field = (name) => {
    const raw = Object.hasOwn(record, name) ? record[name] : void 0;
    if (typeof raw !== "string" || raw === "" || raw.length > MAX_FIELD || raw.includes("\0")) return void 0;
    return raw;
  };
  return {
    ok: true,
    input: {
      sessionId: field("session_id"),
      transcriptPath: field("transcript_path"),
      cwd: field("cwd"),
      hookEventName: field("hook_event_name"),
      source: field("source"),
      reason: field("reason")
    }
  };
}

// packages/node/src/session/stdin.ts
function readStdinWithTimeout(stream, options2) {
  if (stream.isTTY) return Promise.resolve({ text: "", stoppedBy: "tty" });
  return new Promise((resolve7) => {
    const chunks = [];
    let size = 0;
    let settled = false;
    const finish = (stoppedBy) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stream.off("data", onData);
      stream.off("end", onEnd);
      stream.off("error", onError);
      stream.pause();
      resolve7({ text: Buffer.concat(chunks).toString("utf8"), stoppedBy });
    };
    const onData = (chunk) => {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      chunks.push(buffer);
      size += buffer.length;
      if (size > options2.maxBytes) return finish("limit");
      if (looksComplete(chunks)) finish("json");
    };
    const onEnd = () => finish("end");
    const onError = () => finish("error");
    const timer = setTimeout(() => finish("timeout"), options2.timeoutMs);
    timer.unref();
    stream.on("data", onData);
    stream.once("end", onEnd);
    stream.once("error", onError);
    stream.resume();
  });
}
function looksComplete(chunks) {
  const last = chunks[chunks.length - 1];
  let end = last.length - 1;
  while (end >= 0 && (last[end] === 32 || last[end] === 10 || last[end] === 13 || last[end] === 9)) end--;
  if (end < 0 || last[end] !== 125) return false;
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    return typeof value === "object" && value !== null;
  } catch {
    return false;
  }
}

// packages/node/src/session/hook-runner.ts
function processHookWorld() {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    now: () => Date.now(),
    exit: (code) => process.exit(code)
  };
}
var EMPTY_INPUT = {
  sessionId: void 0,
  transcriptPath: void 0,
  cwd: void 0,
  hookEventName: void 0,
  source: void 0,
  reason: void 0
};
function runHook(options2, world, handler) {
  return new Promise((resolve7) => {
    let over = false;
    const finish = (code) => {
      if (over) return;
      over = true;
      clearTimeout(deadline);
      world.exit(code);
      resolve7(code);
    };
    const deadline = setTimeout(() => {
      if (over) return;
      world.stderr.write(`${options2.name}: gave up after ${options2.deadlineMs} ms
`);
      finish(0);
    }, options2.deadlineMs);
    deadline.unref();
    void (async () => {
      let output;
      let problem;
      try {
        const stdin = await readStdinWithTimeout(world.stdin, { timeoutMs: options2.stdinTimeoutMs, maxBytes: 1024 * 1024 });
        const parsed = parseHookInput(stdin.text);
        problem = parsed.ok ? void 0 : stdin.stoppedBy === "timeout" && stdin.text === "" ? `no hook input on stdin within ${options2.stdinTimeoutMs} ms` : parsed.reason;
        output = await handler({ input: parsed.ok ? parsed.input : EMPTY_INPUT, problem, world });
      } catch (error) {
        const line = `${options2.name}: ${[problem, oneLine2(error)].filter(Boolean).join("; ")}`;
        if (!over) world.stderr.write(`${line}
`);
        output = options2.failureOutput?.(line);
        problem = void 0;
      }
      if (over) return;
      if (problem) world.stderr.write(`${options2.name}: ${problem}
`);
      if (output !== void 0) world.stdout.write(`${JSON.stringify(output)}
`, () => finish(0));
      else finish(0);
    })();
  });
}
function oneLine2(error) {
  const message = isLedgerError(error) ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  return escapeControls(message.replace(/\s+/g, " ").trim().slice(0, 500));
}

// packages/node/src/session/record-command.ts
import { existsSync as existsSync5 } from "node:fs";
import { join as join11, resolve as resolve5 } from "node:path";

// packages/node/src/session/claude-settings.ts
var HOOKS_INSTALL_DIR = ".claude/hooks/ledger-synth";
var RECORD_PERMISSION = `Bash(node ${HOOKS_INSTALL_DIR}/cc-synthesize.mjs record:*)`;

// packages/node/src/session/record-command.ts
function recordCommandFor(hookDir, projectDir) {
  if (hookDir && projectDir && resolve5(hookDir) === resolve5(projectDir, HOOKS_INSTALL_DIR) && existsSync5(join11(hookDir, "cc-synthesize.mjs"))) {
    return `node ${HOOKS_INSTALL_DIR}/cc-synthesize.mjs record`;
  }
  const cli = cliPathFor(hookDir);
  return cli ? `node ${shellQuote(cli)} record` : "cc-synthesize record";
}
function cliPathFor(hookDir) {
  const candidates = hookDir ? [join11(hookDir, "cc-synthesize.mjs"), resolve5(hookDir, "../../packages/cli/dist/cc-synthesize.mjs")] : [];
  return candidates.find((path) => existsSync5(path));
}
function shellQuote(text) {
  return `"${text.replace(/(["\\$`])/g, "\\$1")}"`;
}

// packages/node/src/session/session-end.ts
import { existsSync as existsSync7 } from "node:fs";
import { relative as relative2 } from "node:path";

// packages/node/src/session/start-marker.ts
import { mkdirSync as mkdirSync5, readFileSync as readFileSync4 } from "node:fs";
import { dirname as dirname7 } from "node:path";

// packages/node/src/session/end-marker.ts
import { readFileSync as readFileSync3 } from "node:fs";
function writeEndMarker(root, marker) {
  ensureStateDir(root);
  writeFileAtomic(endMarkerPath(root, marker.session), `${JSON.stringify(marker)}
`);
}
function readEndMarker(root, session) {
  let value;
  try {
    value = JSON.parse(readFileSync3(endMarkerPath(root, session), "utf8"));
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null) return void 0;
  return {
    session,
    event: typeof value.event === "string" ? value.event : null,
    at: String(value.at ?? ""),
    startedMs: typeof value.startedMs === "number" || value.startedMs === null ? value.startedMs : void 0,
    recovered: value.recovered === true ? true : void 0
  };
}
function endsRun(end, start) {
  if (!end) return false;
  if (end.startedMs === void 0) {
    const endedMs = Date.parse(end.at);
    return start === void 0 || Number.isNaN(endedMs) || start.startedMs <= endedMs;
  }
  return end.startedMs === (start?.startedMs ?? null);
}
function runIsClosed(roots, session, start) {
  return roots.some((root) => endsRun(readEndMarker(root, session), start));
}

// packages/node/src/session/start-marker.ts
function writeStartMarker(root, marker) {
  const path = startMarkerPath(root, marker.session);
  ensureStateDir(root);
  mkdirSync5(dirname7(path), { recursive: true });
  const existing = readStartMarker(root, marker.session);
  if (existing && endsRun(readEndMarker(root, marker.session), existing)) {
    writeFileAtomic(path, `${JSON.stringify(marker)}
`);
    return true;
  }
  try {
    createFileExclusive(path, `${JSON.stringify(marker)}
`);
    return true;
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw error;
  }
}
function readStartMarker(root, session) {
  try {
    const value = JSON.parse(readFileSync4(startMarkerPath(root, session), "utf8"));
    if (typeof value.startedMs !== "number" || typeof value.session !== "string") return void 0;
    return {
      session: value.session,
      startedAt: String(value.startedAt ?? ""),
      startedMs: value.startedMs,
      head: typeof value.head === "string" ? value.head : void 0,
      branch: typeof value.branch === "string" ? value.branch : void 0,
      cwd: String(value.cwd ?? ""),
      ...typeof value.cli === "string" ? { cli: value.cli } : {},
      transcriptPath: typeof value.transcriptPath === "string" ? value.transcriptPath : void 0,
      pid: typeof value.pid === "number" && Number.isInteger(value.pid) ? value.pid : void 0,
      pidStart: typeof value.pidStart === "string" ? value.pidStart : void 0,
      host: typeof value.host === "string" ? value.host : void 0
    };
  } catch {
    return void 0;
  }
}
function latestStart(roots, session) {
  let best;
  for (const root of roots) {
    const marker = readStartMarker(root, session);
    if (marker && (!best || marker.startedMs > best.marker.startedMs)) best = { root, marker };
  }
  return best;
}

// packages/node/src/session/cli-adapters.ts
var CODEX_CONTEXT_TOKEN_TARGET = 2200;
var claude = {
  cli: "claude",
  displayName: "Claude Code",
  contextBudget: 8e3,
  contextFits: (context) => context.length <= 9500,
  envFileVars: ["CLAUDE_ENV_FILE"],
  sessionEnvVar: void 0,
  start: { stdinTimeoutMs: 1e3, deadlineMs: 8e3 },
  end: { stdinTimeoutMs: 400, deadlineMs: 1300 },
  parseInput: parseHookInput,
  startOutput: (summary) => ({
    hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: summary.additionalContext },
    systemMessage: summary.systemMessage
  }),
  failureOutput: (event, line) => event === "session-start" ? { systemMessage: line } : void 0
};
var codex = {
  cli: "codex",
  displayName: "Codex CLI",
  contextBudget: 6e3,
  contextFits: (context) => approxCodexTokens(context) <= CODEX_CONTEXT_TOKEN_TARGET,
  // Codex hands SessionStart hooks a CODEX_ENV_FILE (and CLAUDE_ENV_FILE) to source, where it supports one.
  envFileVars: ["CODEX_ENV_FILE", "CLAUDE_ENV_FILE"],
  sessionEnvVar: "CODEX_THREAD_ID",
  start: { stdinTimeoutMs: 1e3, deadlineMs: 8e3 },
  // Codex gives SessionEnd 1 s by default and never more than 3 s (we install 3).
  end: { stdinTimeoutMs: 400, deadlineMs: 2500 },
  parseInput: parseHookInput,
  // No systemMessage on success: Codex shows every systemMessage as a warning.
  startOutput: (summary) => ({ hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: summary.additionalContext } }),
  failureOutput: (event, line) => event === "session-start" ? { systemMessage: line } : void 0
};
var gemini = {
  cli: "gemini",
  displayName: "Gemini CLI",
  contextBudget: 8e3,
  // No documented limit; stay where Claude Code's is.
  contextFits: (context) => context.length <= 9500,
  envFileVars: [],
  sessionEnvVar: void 0,
  start: { stdinTimeoutMs: 1e3, deadlineMs: 8e3 },
  // Gemini does not wait for SessionEnd hooks; finish fast, recovery covers a cut-off run.
  end: { stdinTimeoutMs: 400, deadlineMs: 4e3 },
  parseInput: parseHookInput,
  startOutput: (summary) => ({
    hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: summary.additionalContext },
    systemMessage: summary.systemMessage
  }),
  failureOutput: (event, line) => event === "session-start" ? { systemMessage: line } : void 0
};
var PROFILES = { claude, codex, gemini };
function cliProfile(cli) {
  return PROFILES[cli];
}
function isAgentCli(value) {
  return value === "claude" || value === "codex" || value === "gemini";
}
function isAgentHookEvent(value) {
  return value === "session-start" || value === "session-end";
}
var UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
function agentIdFor(cli, session) {
  const part = UUID_V7.test(session) ? session.replace(/-/g, "").slice(-8) : session.slice(0, 8);
  return sanitizeAgentId(`${cli}-${part}`);
}
function approxCodexTokens(text) {
  const bytes = Buffer.byteLength(text, "utf8");
  let lexical = 0;
  let wordBytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0);
    let word;
    let space;
    if (code < 128) {
      word = code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
      space = code === 32 || code >= 9 && code <= 13;
    } else {
      word = /[\p{Alphabetic}\p{N}]/u.test(ch);
      space = /\s/u.test(ch);
    }
    if (word) {
      wordBytes += Buffer.byteLength(ch, "utf8");
      continue;
    }
    lexical += Math.ceil(wordBytes / 4);
    wordBytes = 0;
    if (!space) lexical += 1;
  }
  lexical += Math.ceil(wordBytes / 4);
  return Math.max(Math.ceil(bytes / 4), lexical);
}

// packages/node/src/session/draft.ts
import { existsSync as existsSync6, unlinkSync as unlinkSync4 } from "node:fs";
import { basename as basename4 } from "node:path";
var MAX_DRAFT_BYTES = 1024 * 1024;
function emptyDraft() {
  return { now: void 0, thisSession: [], decisions: /* @__PURE__ */ new Map(), checkpoints: [], openQuestions: [], resolvedQuestions: [] };
}
function isDraftEmpty(draft) {
  return draft.now === void 0 && draft.thisSession.length === 0 && draft.decisions.size === 0 && draft.checkpoints.length === 0 && draft.openQuestions.length === 0 && draft.resolvedQuestions.length === 0;
}
function mergeDrafts(earlier, later) {
  const decisions = new Map(earlier.decisions);
  for (const [key, value] of later.decisions) decisions.set(key, value);
  const checkpoints = /* @__PURE__ */ new Map();
  for (const c of [...earlier.checkpoints, ...later.checkpoints]) checkpoints.set(`${c.phase}\0${c.status}\0${c.updated}`, c);
  const resolved = union(earlier.resolvedQuestions.filter((q) => !later.openQuestions.includes(q)), later.resolvedQuestions);
  return {
    now: later.now ?? earlier.now,
    thisSession: union(earlier.thisSession, later.thisSession),
    decisions,
    checkpoints: [...checkpoints.values()],
    openQuestions: union(earlier.openQuestions, later.openQuestions).filter((q) => !resolved.includes(q)),
    resolvedQuestions: resolved
  };
}
function draftFromEvent(event) {
  return {
    now: event.now,
    thisSession: [...event.thisSession],
    decisions: new Map(event.decisions),
    checkpoints: event.checkpoints.map((c) => ({ phase: c.phase, status: c.status, updated: c.updated.iso })),
    openQuestions: [...event.openQuestions],
    resolvedQuestions: [...event.resolvedQuestions]
  };
}
function draftToBody(draft) {
  return {
    now: draft.now,
    this_session: draft.thisSession,
    decisions: draft.decisions,
    checkpoints: draft.checkpoints.map((c) => ({ phase: c.phase, status: c.status, updated: c.updated })),
    open_questions: draft.openQuestions,
    resolved_questions: draft.resolvedQuestions
  };
}
function readDraft(path) {
  if (!existsSync6(path)) return void 0;
  const loaded = loadEventText(path, MAX_DRAFT_BYTES);
  if (!loaded.ok) throw new LedgerError("E_READ", `cannot read the session draft ${path}: ${loaded.reason}`);
  const parsed = parseEvent(loaded.text, basename4(path));
  if (!parsed.ok) {
    throw new LedgerError("E_READ", `the session draft ${path} is not valid: ${parsed.issue.reason}`, {
      hint: "Fix or delete the file; it holds what this session recorded and has not published yet."
    });
  }
  return draftFromEvent(parsed.event);
}
function removeDraft(path) {
  try {
    unlinkSync4(path);
  } catch {
  }
}
function union(a, b) {
  return [.../* @__PURE__ */ new Set([...a, ...b])];
}

// packages/node/src/git-plumbing.ts
import { spawn, spawnSync } from "node:child_process";
var GIT_ENV = { GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" };
function runGit(cwd, args, options2 = {}) {
  return new Promise((resolve7) => {
    let child;
    try {
      const env = options2.env ?? process.env;
      child = spawn("git", args, { cwd, env: options2.asUser ? env : { ...env, ...GIT_ENV }, stdio: ["pipe", "pipe", "pipe"] });
    } catch (error) {
      resolve7({ ok: false, stdout: Buffer.alloc(0), stderr: error.message, timedOut: false });
      return;
    }
    const chunks = [];
    let stderr = "";
    let timedOut = false;
    const timeoutMs = options2.timeoutMs ?? 1e4;
    const timer = Number.isFinite(timeoutMs) ? setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, Math.max(1, timeoutMs)) : void 0;
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      if (stderr.length < 4096) stderr += chunk;
    });
    child.stdin.on("error", () => {
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve7({ ok: false, stdout: Buffer.concat(chunks), stderr: error.message, timedOut });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve7({ ok: code === 0 && !timedOut, stdout: Buffer.concat(chunks), stderr: stderr.trim(), timedOut });
    });
    child.stdin.end(options2.input ?? "");
  });
}
function runGitSync(cwd, args, options2 = {}) {
  try {
    const result = spawnSync("git", args, {
      cwd,
      encoding: "utf8",
      env: { ...process.env, ...GIT_ENV },
      stdio: ["ignore", "pipe", "ignore"],
      timeout: options2.timeoutMs ?? 2e3,
      maxBuffer: options2.maxBuffer ?? 4 * 1024 * 1024
    });
    return result.status === 0 ? result.stdout : void 0;
  } catch {
    return void 0;
  }
}
async function catFileBatch(cwd, names, timeoutMs, env) {
  if (names.length === 0) return { objects: [], timedOut: false, error: void 0, stderr: "" };
  const safe = names.map((name) => name.includes("\n") ? "" : name);
  const out = await runGit(cwd, ["cat-file", "--batch"], { input: `${safe.join("\n")}
`, timeoutMs, env });
  const objects = [];
  const buf = out.stdout;
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    const eol = buf.indexOf(10, at);
    if (eol < 0) break;
    const header = buf.toString("utf8", at, eol);
    at = eol + 1;
    const match = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
    if (!match) {
      objects.push(void 0);
      continue;
    }
    const size = Number(match[3]);
    if (at + size > buf.length) break;
    objects.push({ oid: match[1], type: match[2], content: buf.subarray(at, at + size) });
    at += size + 1;
  }
  while (objects.length < names.length) objects.push(void 0);
  return { objects, timedOut: out.timedOut, error: out.ok || out.timedOut ? void 0 : out.stderr || "git cat-file failed", stderr: out.stderr };
}
function parseTreeBlobs(tree, oidHexLength) {
  const entries = /* @__PURE__ */ new Map();
  const hashBytes = oidHexLength / 2;
  let at = 0;
  while (at < tree.length) {
    const space = tree.indexOf(32, at);
    const nul = tree.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + hashBytes > tree.length) break;
    const mode = tree.toString("latin1", at, space);
    const name = tree.toString("utf8", space + 1, nul);
    const oid = tree.toString("hex", nul + 1, nul + 1 + hashBytes);
    if (mode === "100644" || mode === "100755") entries.set(name, oid);
    at = nul + 1 + hashBytes;
  }
  return entries;
}

// packages/node/src/session/git-state.ts
function readGitState(cwd) {
  const lines = runGitSync(cwd, ["rev-parse", "--show-toplevel", "HEAD", "--symbolic-full-name", "HEAD"])?.split("\n");
  if (lines && lines.length >= 3 && lines[0] && /^[0-9a-f]{40,64}$/.test(lines[1])) {
    const [topLevel2, head2, ref] = lines;
    const branch2 = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : ref === "HEAD" || ref === "" ? `detached@${head2.slice(0, 7)}` : ref;
    return { topLevel: topLevel2, head: head2, branch: branch2 };
  }
  const topLevel = runGitSync(cwd, ["rev-parse", "--show-toplevel"])?.trim();
  if (!topLevel) return void 0;
  const head = runGitSync(cwd, ["rev-parse", "-q", "--verify", "HEAD^{commit}"])?.trim() || void 0;
  const symbolic = runGitSync(cwd, ["symbolic-ref", "-q", "--short", "HEAD"])?.trim() || void 0;
  const branch = symbolic ?? (head ? `detached@${head.slice(0, 7)}` : void 0);
  return { topLevel, head, branch };
}
function commitsSince(cwd, base, sinceMs, max = 50) {
  const format = "--format=%h%x09%s";
  let out;
  if (base && /^[0-9a-f]{7,64}$/.test(base)) out = runGitSync(cwd, ["log", "--no-merges", format, `-n${max}`, `${base}..HEAD`, "--"]);
  if (out === void 0 && sinceMs !== void 0 && Number.isFinite(sinceMs)) {
    out = runGitSync(cwd, ["log", "--no-merges", format, `-n${max}`, `--since=@${Math.floor(sinceMs / 1e3)}`, "HEAD", "--"]);
  }
  if (!out) return [];
  return out.split("\n").filter((line) => line.includes("	")).map((line) => {
    const tab = line.indexOf("	");
    return { short: line.slice(0, tab), subject: line.slice(tab + 1).trim() };
  }).reverse();
}
function listWorktrees(cwd) {
  const out = runGitSync(cwd, ["worktree", "list", "--porcelain"]);
  if (!out) return [];
  return parseWorktreeList(out);
}
function parseWorktreeList(text) {
  const worktrees = [];
  for (const block of text.split(/\n\n+/)) {
    let path;
    let branch;
    let detached = false;
    let bare = false;
    for (const line of block.split("\n")) {
      if (line.startsWith("worktree ")) path = line.slice("worktree ".length);
      else if (line.startsWith("branch ")) branch = line.slice("branch ".length).replace(/^refs\/heads\//, "");
      else if (line === "detached") detached = true;
      else if (line === "bare") bare = true;
    }
    if (path) worktrees.push({ path, branch, detached, bare });
  }
  return worktrees;
}

// packages/node/src/session/recover.ts
import { readdirSync as readdirSync4, statSync as statSync5, unlinkSync as unlinkSync5 } from "node:fs";
import { basename as basename5, join as join12 } from "node:path";

// packages/node/src/session/liveness.ts
import { readFileSync as readFileSync5 } from "node:fs";
import { hostname as hostname2 } from "node:os";
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "zsh", "ksh", "mksh", "fish", "busybox"]);
var HOST2 = hostname2();
function sessionProcess(parentPid) {
  if (!Number.isInteger(parentPid) || parentPid <= 1) return void 0;
  let pid = parentPid;
  let stat2 = readStat(pid);
  for (let hops = 0; stat2 && SHELLS.has(stat2.comm) && hops < 3; hops++) {
    const up = readStat(stat2.ppid);
    if (!up || stat2.ppid <= 1) break;
    pid = stat2.ppid;
    stat2 = up;
  }
  return { pid, startTime: stat2?.startTime, host: HOST2 };
}
function processState(recorded) {
  if (recorded.host !== void 0 && recorded.host !== HOST2) return "unknown";
  if (!Number.isInteger(recorded.pid) || recorded.pid <= 0) return "unknown";
  const stat2 = readStat(recorded.pid);
  if (stat2) {
    if (stat2.state === "Z" || stat2.state === "X") return "gone";
    if (recorded.startTime !== void 0 && stat2.startTime !== recorded.startTime) return "gone";
    return "alive";
  }
  if (hasProc()) return "gone";
  try {
    process.kill(recorded.pid, 0);
    return "alive";
  } catch (error) {
    return error.code === "ESRCH" ? "gone" : "alive";
  }
}
function readStat(pid) {
  let text;
  try {
    text = readFileSync5(`/proc/${pid}/stat`, "utf8");
  } catch {
    return void 0;
  }
  const open2 = text.indexOf("(");
  const close = text.lastIndexOf(")");
  if (open2 === -1 || close === -1) return void 0;
  const fields = text.slice(close + 2).split(" ");
  const startTime = fields[19];
  if (!startTime) return void 0;
  return { comm: text.slice(open2 + 1, close), state: fields[0] ?? "", ppid: Number(fields[1]), startTime };
}
var procChecked;
function hasProc() {
  if (procChecked === void 0) procChecked = readStat(process.pid) !== void 0;
  return procChecked;
}

// packages/node/src/session/recover.ts
async function recoverStrandedSessions(options2) {
  const { root, env, nowMs } = options2;
  const max = options2.maxSessions ?? 5;
  const idleMs = loadConfig(root, env).recoverIdleMinutes * 6e4;
  const recovered = [];
  for (const candidate of strandedCandidates(root, nowMs, idleMs, options2.exclude)) {
    if (recovered.length >= max) break;
    if (options2.stopAtMs !== void 0 && Date.now() >= options2.stopAtMs) break;
    const result = await publishRun({
      session: candidate.session,
      home: root,
      roots: [root],
      workDir: void 0,
      transcriptPath: candidate.marker?.transcriptPath,
      reason: "recovered",
      env,
      nowMs,
      // Someone else holding the lock is publishing or recovering it already.
      lockTimeoutMs: 200,
      expectedStartMs: candidate.marker?.startedMs ?? null
    });
    recovered.push({ session: candidate.session, why: candidate.why, result });
  }
  return recovered;
}
var PRUNE_CLOSED_MS = 7 * 24 * 36e5;
function strandedCandidates(root, nowMs, idleMs, exclude) {
  const found = [];
  const withMarker = /* @__PURE__ */ new Set();
  for (const name of list(sessionsDir(root))) {
    if (!name.endsWith(".start.json")) continue;
    const stem = name.slice(0, -".start.json".length);
    withMarker.add(stem);
    const marker = readStartMarker(root, stem);
    if (!marker || sessionStem(marker.session) !== stem || marker.session === exclude) continue;
    if (runIsClosed([root], marker.session, marker)) {
      pruneIfOld(root, marker.session, stem, nowMs);
      continue;
    }
    const why = judge(marker, root, nowMs, idleMs);
    if (why) found.push({ session: marker.session, marker, why, sinceMs: marker.startedMs });
  }
  for (const name of list(`${stateDir(root)}/drafts`)) {
    if (!name.endsWith(".md") || name.startsWith(".")) continue;
    const stem = name.slice(0, -".md".length);
    if (withMarker.has(stem)) continue;
    const path = `${stateDir(root)}/drafts/${name}`;
    const session = draftSession(path);
    if (!session || sessionStem(session) !== stem || session === exclude) continue;
    const mtime = mtimeMs(path);
    if (mtime !== void 0 && nowMs - mtime > idleMs) found.push({ session, marker: void 0, why: "idle", sinceMs: mtime });
  }
  return found.sort((a, b) => a.sinceMs - b.sinceMs).map(({ session, marker, why }) => ({ session, marker, why }));
}
function pruneIfOld(root, session, stem, nowMs) {
  const end = readEndMarker(root, session);
  const endedMs = end ? Date.parse(end.at) : Number.NaN;
  if (Number.isNaN(endedMs) || nowMs - endedMs < PRUNE_CLOSED_MS) return;
  for (const suffix of [".start.json", ".end.json"]) {
    try {
      unlinkSync5(join12(sessionsDir(root), `${stem}${suffix}`));
    } catch {
    }
  }
}
function judge(marker, root, nowMs, idleMs) {
  if (marker.pid !== void 0) {
    const state = processState({ pid: marker.pid, startTime: marker.pidStart, host: marker.host });
    if (state === "alive") return void 0;
    if (state === "gone") return "process-gone";
  }
  const last = Math.max(
    marker.startedMs,
    mtimeMs(draftPath(root, marker.session)) ?? 0,
    marker.transcriptPath && mtimeMs(marker.transcriptPath) || 0
  );
  return nowMs - last > idleMs ? "idle" : void 0;
}
function draftSession(path) {
  const loaded = loadEventText(path, 1024 * 1024);
  if (!loaded.ok) return void 0;
  const parsed = parseEvent(loaded.text, basename5(path));
  return parsed.ok ? parsed.event.session : void 0;
}
function mtimeMs(path) {
  try {
    const info = statSync5(path);
    return info.isFile() ? info.mtimeMs : void 0;
  } catch {
    return void 0;
  }
}
function list(dir) {
  try {
    return readdirSync4(dir).sort();
  } catch {
    return [];
  }
}
function describeRecovery(recovered) {
  const published = recovered.filter((r) => r.result.status === "published" || r.result.status === "nothing-to-record");
  if (published.length === 0) return "";
  const events = published.filter((r) => r.result.status === "published").length;
  return `recovered ${published.length} session${published.length === 1 ? "" : "s"} that ended without SessionEnd (${events} event${events === 1 ? "" : "s"} published)`;
}

// packages/node/src/session/transcript-todos.ts
import { constants as constants3 } from "node:fs";
import { open, stat } from "node:fs/promises";
var EMPTY = { completed: [], inProgress: [], found: false };
var TAIL_BYTES = 4 * 1024 * 1024;
var DEFAULT_TIMEOUT_MS = 500;
var MAX_TODO_CHARS = 300;
var MAX_ITEMS = 100;
async function readTranscriptTodos(path, options2 = {}) {
  if (!path) return EMPTY;
  let timer;
  const timeout = new Promise((resolve7) => {
    timer = setTimeout(() => resolve7(void 0), options2.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    timer.unref();
  });
  try {
    const text = await Promise.race([readTail(path, options2.maxBytes ?? TAIL_BYTES).catch(() => void 0), timeout]);
    return text === void 0 ? EMPTY : todosFromJsonl(text, options2.sinceMs);
  } finally {
    clearTimeout(timer);
  }
}
async function readTail(path, maxBytes) {
  if (!(await stat(path)).isFile()) return void 0;
  const handle = await open(path, constants3.O_RDONLY | constants3.O_NONBLOCK | (constants3.O_NOCTTY ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) return void 0;
    const size = info.size;
    const start = Math.max(0, size - maxBytes);
    const buffer = Buffer.alloc(size - start);
    let total = 0;
    while (total < buffer.length) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, start + total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    const text = buffer.subarray(0, total).toString("utf8");
    return start === 0 ? text : text.slice(text.indexOf("\n") + 1);
  } finally {
    await handle.close();
  }
}
function todosFromJsonl(text, sinceMs) {
  const tasks = /* @__PURE__ */ new Map();
  const creates = /* @__PURE__ */ new Map();
  const updates = /* @__PURE__ */ new Map();
  let todoList;
  let order = 0;
  let foundTasks = false;
  for (const line of text.split("\n")) {
    if (!line.includes('"todos"') && !line.includes('"Task') && !line.includes("tool_result")) continue;
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (!isRecord(entry)) continue;
    const atMs = timestampMs(entry);
    const message = isRecord(entry.message) ? entry.message : entry;
    const content = message.content;
    if (!Array.isArray(content)) continue;
    for (const block of content) {
      if (!isRecord(block)) continue;
      if (block.type === "tool_use" && isRecord(block.input)) {
        const input = block.input;
        const name = block.name;
        if (Array.isArray(input.todos) && (name === "TodoWrite" || name === void 0)) {
          todoList = { ...todoItems(input.todos), atMs };
        } else if (name === "TaskCreate") {
          const subject = clean(input.subject) ?? clean(input.description);
          if (subject && typeof block.id === "string") creates.set(block.id, { subject, status: taskStatus(input.status), atMs });
        } else if (name === "TaskUpdate") {
          const taskId = idOf(input.taskId);
          if (taskId === void 0) continue;
          const task = tasks.get(taskId);
          if (typeof block.id === "string") updates.set(block.id, { taskId, before: task ? { ...task } : void 0 });
          const status = input.status === "deleted" ? "deleted" : taskStatus(input.status);
          const subject = clean(input.subject);
          if (status === "deleted") {
            tasks.delete(taskId);
          } else if (task) {
            if (subject) task.subject = subject;
            if (status && status !== task.status) Object.assign(task, { status, changedMs: atMs });
          } else if (subject && status) {
            tasks.set(taskId, { subject, status, changedMs: atMs, order: order++ });
          }
          foundTasks = true;
        }
      } else if (block.type === "tool_result" && typeof block.tool_use_id === "string") {
        const useId = block.tool_use_id;
        const failed = block.is_error === true;
        const create = creates.get(useId);
        if (create) {
          creates.delete(useId);
          const taskId = failed ? void 0 : createdTaskId(entry, block);
          if (taskId !== void 0) {
            tasks.set(taskId, { subject: create.subject, status: create.status ?? "pending", changedMs: create.atMs, order: order++ });
            foundTasks = true;
          }
          continue;
        }
        const update = updates.get(useId);
        if (update) {
          updates.delete(useId);
          const result = resultOf(entry);
          if (failed || result?.success === false) {
            if (update.before) tasks.set(update.taskId, update.before);
            else tasks.delete(update.taskId);
          }
        }
      }
    }
  }
  const completed = [];
  const inProgress = [];
  const sorted = [...tasks.values()].sort((a, b) => a.order - b.order);
  for (const task of sorted) {
    if (task.status === "completed" && !(sinceMs !== void 0 && task.changedMs < sinceMs)) completed.push(task.subject);
    else if (task.status === "in_progress") inProgress.push(task.subject);
  }
  let foundTodos = false;
  if (todoList && !(sinceMs !== void 0 && todoList.atMs < sinceMs)) {
    foundTodos = true;
    completed.push(...todoList.completed);
    inProgress.push(...todoList.inProgress);
  }
  return {
    completed: uniq(completed).slice(0, MAX_ITEMS),
    inProgress: uniq(inProgress).slice(0, MAX_ITEMS),
    found: foundTasks || foundTodos
  };
}
function todoItems(list2) {
  const completed = [];
  const inProgress = [];
  for (const todo of list2) {
    if (!isRecord(todo)) continue;
    const text = clean(todo.content) ?? clean(todo.subject);
    if (!text) continue;
    if (todo.status === "completed") completed.push(text);
    else if (todo.status === "in_progress") inProgress.push(text);
  }
  return { completed, inProgress };
}
function createdTaskId(entry, block) {
  const result = resultOf(entry);
  const task = result && isRecord(result.task) ? result.task : void 0;
  const id = idOf(task?.id);
  if (id !== void 0) return id;
  const text = typeof block.content === "string" ? block.content : Array.isArray(block.content) ? block.content.map((part) => isRecord(part) && typeof part.text === "string" ? part.text : "").join("\n") : "";
  return /\bTask #(\d+) created/.exec(text)?.[1];
}
function resultOf(entry) {
  const result = entry.toolUseResult ?? entry.tool_use_result;
  return isRecord(result) ? result : void 0;
}
function idOf(value) {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string" && value !== "" && value.length <= 200) return value;
  return void 0;
}
function taskStatus(value) {
  return value === "pending" || value === "in_progress" || value === "completed" ? value : void 0;
}
function clean(value) {
  if (typeof value !== "string") return void 0;
  const text = value.replace(/\s+/g, " ").trim().slice(0, MAX_TODO_CHARS);
  return text === "" ? void 0 : text;
}
function timestampMs(entry) {
  if (typeof entry.timestamp !== "string") return Number.POSITIVE_INFINITY;
  const ms = Date.parse(entry.timestamp);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function uniq(values) {
  return [...new Set(values)];
}

// packages/node/src/session/session-end.ts
async function publishSessionEnd(options2) {
  const { input, env } = options2;
  const session = input.sessionId;
  if (!session) throw new LedgerError("E_USAGE", 'the hook input has no "session_id"; nothing can be published for an unknown session');
  const cwd = existingDir(input.cwd) ?? existingDir(env.CLAUDE_PROJECT_DIR) ?? options2.processCwd;
  const cwdRoot = ledgerRootOf(cwd);
  const projectRoot = ledgerRootOf(env.CLAUDE_PROJECT_DIR);
  const roots = uniq2([cwdRoot, projectRoot].filter((root) => root !== void 0));
  const holdsSession = (root) => existsSync7(draftPath(root, session)) || existsSync7(startMarkerPath(root, session));
  const home = roots.find(holdsSession) ?? projectRoot ?? cwdRoot;
  if (!home) {
    return { status: "outside-repository", display: `${cwd} is not in a git repository or ledger root: nothing published` };
  }
  const startedAt = Date.now();
  const result = await publishRun({
    session,
    home,
    roots,
    workDir: home === cwdRoot ? cwd : void 0,
    transcriptPath: input.transcriptPath,
    reason: input.reason ?? "other",
    env,
    nowMs: options2.nowMs,
    transcriptTimeoutMs: options2.transcriptTimeoutMs,
    lockTimeoutMs: 1e3,
    cli: options2.cli
  });
  if (options2.recoverOthers !== false) {
    try {
      await recoverStrandedSessions({ root: home, env, nowMs: options2.nowMs, exclude: session, maxSessions: 2, stopAtMs: startedAt + 700 });
    } catch {
    }
  }
  return result;
}
async function publishRun(options2) {
  const { session, env, nowMs } = options2;
  const roots = uniq2([options2.home, ...options2.roots]);
  const lockRoot = latestStart(roots, session)?.root ?? options2.home;
  ensureStateDir(lockRoot);
  let lock;
  try {
    lock = await acquireLock(endLockPath(lockRoot, session), { timeoutMs: options2.lockTimeoutMs, staleMs: 1e4 });
  } catch (error) {
    if (error instanceof LedgerError && error.code === "E_LOCK_TIMEOUT") return { status: "busy", display: "another run is publishing this session" };
    throw error;
  }
  const releaseOnExit = () => lock.release();
  process.once("exit", releaseOnExit);
  try {
    const config = loadConfig(options2.home, env);
    const started = latestStart(roots, session);
    const marker = started?.marker;
    if (options2.expectedStartMs !== void 0 && (marker?.startedMs ?? null) !== options2.expectedStartMs) {
      return { status: "superseded", display: "the session started a new run since it was judged over" };
    }
    if (runIsClosed(roots, session, marker)) return { status: "already-published", display: "this session run has already been published" };
    const closeRun = (event, at) => {
      const recovered = options2.reason === "recovered";
      for (const root of uniq2([config.root, ...started ? [started.root] : []])) {
        writeEndMarker(root, { session, event, at, startedMs: marker?.startedMs ?? null, ...recovered ? { recovered: true } : {} });
      }
    };
    let draft = emptyDraft();
    for (const root of [...roots].reverse()) draft = mergeDrafts(draft, readDraft(draftPath(root, session)) ?? emptyDraft());
    const markerCwd = marker && existingDir(marker.cwd) && ledgerRootOf(marker.cwd) === config.root ? marker.cwd : void 0;
    const workDir = options2.workDir ?? markerCwd ?? config.root;
    const gitState = readGitState(workDir);
    const commits = gitState && marker ? commitsSince(workDir, marker.head, marker.startedMs) : [];
    const todos = await readTranscriptTodos(options2.transcriptPath ?? marker?.transcriptPath, {
      sinceMs: marker?.startedMs,
      timeoutMs: options2.transcriptTimeoutMs
    });
    const captured = {
      ...emptyDraft(),
      // A session that recorded no Now is still described by what it was doing when it ended.
      now: draft.now === void 0 && todos.inProgress.length > 0 ? `In progress: ${todos.inProgress[0]}` : void 0,
      thisSession: [...commits.map((c) => `Committed ${c.short}: ${c.subject}`), ...todos.completed]
    };
    const body = mergeDrafts(draft, captured);
    if (isDraftEmpty(body) && todos.inProgress.length === 0) {
      closeRun(null, formatInstant(nowMs));
      for (const root of roots) removeDraft(draftPath(root, session));
      return { status: "nothing-to-record", display: "nothing recorded or captured in this session" };
    }
    const cli = options2.cli ?? (isAgentCli(marker?.cli) ? marker.cli : "claude");
    const agent = sanitizeAgentId(config.agent ?? agentIdFor(cli, session));
    const header = {
      ts: formatInstant(nowMs),
      agent,
      branch: gitState?.branch,
      type: "session_end",
      reason: options2.reason,
      session
    };
    const written = writeEventFile(config.eventsDir, header, { ...draftToBody(body), in_progress: todos.found ? todos.inProgress : void 0 }, nowMs);
    closeRun(written.fileName, header.ts);
    for (const root of roots) removeDraft(draftPath(root, session));
    return { status: "published", path: written.path, display: relative2(config.root, written.path) };
  } finally {
    process.off("exit", releaseOnExit);
    lock.release();
  }
}
function uniq2(values) {
  return [...new Set(values)];
}

// packages/node/src/session/session-start.ts
import { spawn as spawn2 } from "node:child_process";
import { appendFileSync as appendFileSync2, closeSync as closeSync4, existsSync as existsSync10, opendirSync, openSync as openSync4, readdirSync as readdirSync5, readFileSync as readFileSync7, readSync as readSync4, realpathSync as realpathSync3, statSync as statSync7 } from "node:fs";
import { basename as basename7, join as join16, relative as relative5 } from "node:path";

// packages/node/src/merge-setup.ts
import { chmodSync, existsSync as existsSync9, mkdirSync as mkdirSync6, readFileSync as readFileSync6, statSync as statSync6, unlinkSync as unlinkSync6 } from "node:fs";
import { join as join14 } from "node:path";

// packages/node/src/git.ts
import { existsSync as existsSync8, realpathSync } from "node:fs";
import { basename as basename6, dirname as dirname8, isAbsolute as isAbsolute2, join as join13, relative as relative3, resolve as resolve6, sep as sep5 } from "node:path";
async function openRepo(cwd, env) {
  if (!existsSync8(cwd)) return void 0;
  const found = await runGit(cwd, ["rev-parse", "--path-format=absolute", "--show-toplevel", "--absolute-git-dir", "--git-common-dir"], { env, timeoutMs: Number.POSITIVE_INFINITY });
  if (!found.ok) return void 0;
  const [top, gitDir, commonDir] = found.stdout.toString("utf8").split("\n").map((line) => line.trim());
  if (!top || !gitDir || !commonDir) return void 0;
  return {
    top,
    gitDir,
    commonDir,
    async run(args) {
      const out = await runGit(top, args, { env, timeoutMs: Number.POSITIVE_INFINITY, asUser: true });
      if (out.ok) return out.stdout.toString("utf8");
      const said = out.stderr || out.stdout.toString("utf8").trim();
      const message = said.split("\n").slice(0, 6).join("\n") || "git exited with an error";
      throw new LedgerError("E_GIT", `git ${args.filter((a) => !a.startsWith(":(literal)")).slice(0, 3).join(" ")} failed: ${message}`);
    }
  };
}
function repoPath(repo, path) {
  const absolute = realpathOfExisting(isAbsolute2(path) ? path : resolve6(repo.top, path));
  const rel = relative3(repo.top, absolute);
  if (rel === "" || rel.startsWith("..") || isAbsolute2(rel)) {
    throw new LedgerError("E_GIT", `${path} is outside the git working tree ${repo.top}`);
  }
  return rel.split(sep5).join("/");
}
function realpathOfExisting(path) {
  let head = path;
  const tail = [];
  for (; ; ) {
    try {
      return join13(realpathSync(head), ...tail);
    } catch {
      const parent = dirname8(head);
      if (parent === head) return path;
      tail.unshift(basename6(head));
      head = parent;
    }
  }
}
async function hooksDirectory(repo) {
  const out = (await repo.run(["rev-parse", "--git-path", "hooks"])).trim();
  return isAbsolute2(out) ? out : resolve6(repo.top, out);
}
async function getLocalConfig(repo, key) {
  const out = await repo.run(["config", "--local", "--get", key]).catch(() => "");
  return out === "" ? void 0 : out.replace(/\n$/, "");
}
async function setLocalConfig(repo, key, value) {
  await repo.run(["config", "--local", key, value]);
}

// packages/node/src/merge-setup.ts
var DRIVER_NAME = "ledger-synth";
var HOOK_NAMES = ["post-merge", "post-rewrite", "post-commit"];
var BLOCK_BEGIN = "# >>> ledger-synth >>> (managed by `cc-synthesize merge-driver install`; `\u2026 uninstall` removes it)";
var BLOCK_END = "# <<< ledger-synth <<<";
var ATTRIBUTE_COMMENT = "# ledger-synth: current.md is generated; merges keep one side and hooks regenerate it";
function shellQuote2(word) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function attributeLine(outputInRepo) {
  const pattern = `/${outputInRepo}`;
  const needsQuotes = /[\s"\\#!*?[\]]/.test(pattern);
  const quoted2 = needsQuotes ? `"${pattern.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/([*?[\]])/g, "\\$1")}"` : pattern;
  return `${quoted2} merge=${DRIVER_NAME}`;
}
function driverCommand() {
  return "echo ledger-synth: kept our side of %P, it is regenerated from the events once git finishes >&2";
}
var COMMITTED_CLI = `${HOOKS_INSTALL_DIR}/cc-synthesize.mjs`;
function hookBlock(command, hook) {
  const cli = command.map(shellQuote2).join(" ");
  const guard = command[0] === "node" && command[1] === COMMITTED_CLI ? `[ -f ${shellQuote2(COMMITTED_CLI)} ] && ` : "";
  const call = `${guard}${cli} merge-driver regenerate --hook ${hook} "$@" </dev/null || echo "ledger-synth: current.md was not regenerated after ${hook}; run: ${cli.replace(/["\\$`]/g, "\\$&")} resolve" >&2`;
  return `${BLOCK_BEGIN}
${call}
${BLOCK_END}
`;
}
async function ensureMergeSetup(root, output, env) {
  const attributes = readText(join14(root, ".gitattributes"));
  if (attributes === void 0 || !attributes.includes(`merge=${DRIVER_NAME}`)) return void 0;
  const repo = await openRepo(root, env);
  if (!repo) return void 0;
  const configured = await getLocalConfig(repo, `merge.${DRIVER_NAME}.driver`);
  if (configured !== void 0) return void 0;
  if (!existsSync9(join14(repo.top, COMMITTED_CLI))) {
    return `ledger-synth: this clone has no merge driver config for current.md (git config is not cloned); run \`cc-synthesize merge-driver install\``;
  }
  const changes = await installMergeSetup({ repo, output, command: ["node", COMMITTED_CLI] });
  const skipped = changes.filter((c) => c.action === "skipped");
  return skipped.length > 0 ? `ledger-synth: set up the merge driver for current.md in this clone; ${skipped.map((c) => `${c.target}: ${c.detail}`).join("; ")}` : "ledger-synth: set up the merge driver for current.md in this clone (git config and hooks are per clone)";
}
async function installMergeSetup(options2) {
  const { repo } = options2;
  const changes = [];
  changes.push(installAttribute(repo, repoPath(repo, options2.output)));
  const driver = driverCommand();
  const current = await getLocalConfig(repo, `merge.${DRIVER_NAME}.driver`);
  await setLocalConfig(repo, `merge.${DRIVER_NAME}.name`, "ledger-synth: keep one side of the generated ledger; hooks regenerate it");
  if (current !== driver) await setLocalConfig(repo, `merge.${DRIVER_NAME}.driver`, driver);
  changes.push({
    target: `git config merge.${DRIVER_NAME}.driver`,
    action: current === driver ? "unchanged" : current === void 0 ? "added" : "updated",
    detail: driver
  });
  const dir = await hooksDirectory(repo);
  mkdirSync6(dir, { recursive: true });
  for (const hook of HOOK_NAMES) changes.push(installHook(join14(dir, hook), hookBlock(options2.command, hook)));
  return changes;
}
function installAttribute(repo, outputInRepo) {
  const file = join14(repo.top, ".gitattributes");
  const line = attributeLine(outputInRepo);
  const text = readText(file) ?? "";
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  if (lines.includes(line)) return { target: ".gitattributes", action: "unchanged", detail: line };
  const prefix = text === "" || text.endsWith("\n") ? text : `${text}
`;
  writeFileAtomic(file, `${prefix}${ATTRIBUTE_COMMENT}
${line}
`);
  return { target: ".gitattributes", action: "added", detail: `${line}  (commit .gitattributes so every clone uses it)` };
}
function installHook(path, block) {
  const text = readText(path);
  if (text === void 0) {
    writeFileAtomic(path, `#!/bin/sh
${block}`);
    chmodSync(path, 493);
    return { target: path, action: "added", detail: "new hook" };
  }
  const existing = extractBlock(text);
  if (existing !== void 0) {
    if (existing === block) {
      ensureExecutable(path);
      return { target: path, action: "unchanged", detail: "already calls cc-synthesize" };
    }
    rewriteHook(path, text.replace(existing, block));
    return { target: path, action: "updated", detail: "refreshed the ledger-synth block" };
  }
  const firstLine3 = text.split("\n", 1)[0] ?? "";
  if (!/^#!.*\b(sh|bash|dash|zsh|ksh)\b/.test(firstLine3)) {
    const call = block.split("\n")[1];
    return { target: path, action: "skipped", detail: `existing hook is not a shell script; add this line to it yourself:
    ${call}` };
  }
  rewriteHook(path, `${firstLine3}
${block}${text.slice(firstLine3.length + 1)}`);
  return { target: path, action: "updated", detail: "added a ledger-synth block to your existing hook (the rest is untouched)" };
}
function extractBlock(text) {
  const start = text.indexOf(BLOCK_BEGIN);
  if (start === -1) return void 0;
  const end = text.indexOf(BLOCK_END, start);
  if (end === -1) return void 0;
  const stop = end + BLOCK_END.length;
  return text.slice(start, text[stop] === "\n" ? stop + 1 : stop);
}
function rewriteHook(path, text) {
  const mode = statSync6(path).mode & 4095;
  writeFileAtomic(path, text);
  chmodSync(path, mode | 73);
}
function ensureExecutable(path) {
  const mode = statSync6(path).mode & 4095;
  if ((mode & 73) !== 73) chmodSync(path, mode | 73);
}
function readText(path) {
  if (!existsSync9(path)) return void 0;
  return readFileSync6(path, "utf8");
}

// packages/node/src/ids/publication-order.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { relative as relative4, sep as sep6 } from "node:path";
function relativeTo(top, path) {
  const real = (p) => {
    try {
      return realpathSync2(p);
    } catch {
      return p;
    }
  };
  return relative4(real(top), real(path)).split(sep6).join("/");
}

// packages/node/src/remote-memo.ts
import { join as join15 } from "node:path";
var MEMO_FILE2 = "remote.memo";
var ANSWER_VERSION = 2;
function remoteMemoKey(inputs) {
  const { head, eventsDir, archiveDir, max, maxEventBytes, refs } = inputs;
  return sha256Hex(JSON.stringify([ANSWER_VERSION, head, eventsDir, archiveDir ?? null, max, maxEventBytes ?? null, refs.map(({ ref, oid }) => [ref, oid])]));
}
function loadRemoteMemo(dir, key) {
  try {
    const bytes = readStateFile(join15(dir, MEMO_FILE2));
    if (bytes === void 0) return void 0;
    const memo = JSON.parse(bytes.toString("utf8"));
    if (memo.format !== cacheFormat() || memo.key !== key || !isInFlight(memo.inFlight)) return void 0;
    return memo.inFlight;
  } catch {
    return void 0;
  }
}
function storeRemoteMemo(dir, key, inFlight) {
  try {
    ensureCacheDir(dir);
    writeFileAtomic(join15(dir, MEMO_FILE2), JSON.stringify({ format: cacheFormat(), key, inFlight }), { durable: false });
  } catch {
  }
}
function isInFlight(value) {
  if (typeof value !== "object" || value === null) return false;
  const { events, total, note } = value;
  const text = (item) => typeof item === "string";
  return Array.isArray(events) && typeof total === "number" && (note === void 0 || text(note)) && events.every((event) => {
    if (typeof event !== "object" || event === null) return false;
    const { branches, agent, ts, now, openQuestions, summary } = event;
    return Array.isArray(branches) && branches.every(text) && text(agent) && text(ts) && (now === void 0 || text(now)) && Array.isArray(openQuestions) && openQuestions.every(text) && text(summary);
  });
}

// packages/node/src/ids/ref-check.ts
function shortRef(ref) {
  return ref.replace(/^refs\/(heads|remotes)\//, "");
}

// packages/node/src/remote-events.ts
async function listRemoteRefs(cwd, patterns, timeoutMs, env) {
  const listed = await runGit(cwd, ["for-each-ref", "--format=%(refname)%00%(symref)%00%(objectname)", ...patterns ?? ["refs/remotes"]], { env, timeoutMs });
  if (listed.timedOut) return "late";
  if (!listed.ok) return "no-repository";
  return listed.stdout.toString("utf8").split("\n").map((line) => line.split("\0")).filter(([ref, symref]) => ref && !symref).map(([ref, , oid]) => ({ ref, oid: oid ?? "" }));
}
var EMPTY2 = { events: [], refs: 0, omitted: 0, found: 0, issues: [], note: void 0 };
async function readRemoteEvents(options2) {
  const now = options2.now ?? Date.now;
  const deadline = now() + options2.timeoutMs;
  const left = () => deadline - now();
  const { cwd, env } = options2;
  const late = (stage) => ({ ...EMPTY2, note: `skipped: reading remote branches took longer than ${options2.timeoutMs} ms (${stage}); raise remote_events_timeout_ms or run \`cc-synthesize status\`` });
  const failed = (stage, error) => ({ ...EMPTY2, note: `skipped: git could not read remote branches (${stage}): ${firstLine2(error)}` });
  const listed = options2.listed ?? await listRemoteRefs(cwd, options2.refPatterns, left(), env);
  if (listed === "late") return late("listing refs");
  if (listed === "no-repository") return { ...EMPTY2, note: "not a git repository (or git is not installed): no remote branches to read" };
  const refs = listed.map(({ ref }) => ref);
  const revs = options2.listed ? listed.map(({ ref, oid }) => /^[0-9a-f]{40,64}$/.test(oid) ? oid : ref) : refs;
  const head = options2.head ?? "HEAD";
  if (refs.length === 0) return EMPTY2;
  let top = options2.top;
  if (top === void 0) {
    top = (await runGit(cwd, ["rev-parse", "--show-toplevel"], { env, timeoutMs: left() })).stdout.toString("utf8").trim() || cwd;
    if (left() <= 0) return late("locating the events directory");
  }
  const dir = relativeTo(top, options2.eventsDir);
  const archive = options2.archiveDir ? relativeTo(top, options2.archiveDir) : void 0;
  const specs = [head, ...revs].map((rev) => `${rev}:${dir}`);
  const batch = await catFileBatch(cwd, archive ? [...specs, `${head}:${archive}`] : specs, left(), env);
  if (batch.timedOut) return late("reading branch trees");
  if (batch.error !== void 0) return failed("reading branch trees", batch.error);
  const headObject = batch.objects[0];
  const headTree = headObject?.type === "tree" ? headObject.oid : void 0;
  const refsOfTree = /* @__PURE__ */ new Map();
  refs.forEach((ref, i) => {
    const object = batch.objects[i + 1];
    if (object?.type !== "tree" || object.oid === headTree) return;
    const shared = refsOfTree.get(object.oid) ?? { content: object.content, oidLength: object.oid.length, branches: [] };
    shared.branches.push(shortRef(ref));
    refsOfTree.set(object.oid, shared);
  });
  const here = refsOfTree.size > 0 && headObject?.type === "tree" ? parseTreeBlobs(headObject.content, headObject.oid.length) : /* @__PURE__ */ new Map();
  const known = new Set(here.values());
  if (refsOfTree.size > 0 && archive && batch.objects[specs.length]?.type === "tree") {
    const archived = await runGit(cwd, ["ls-tree", "-r", "-z", head, "--", `:(literal)${archive}`], { env, timeoutMs: left() });
    if (archived.timedOut) return late("reading the archive");
    if (!archived.ok) return failed("reading the archive", archived.stderr);
    for (const entry of archived.stdout.toString("utf8").split("\0")) {
      const oid = /^\d+ blob ([0-9a-f]{40,64})\t/.exec(entry)?.[1];
      if (oid) known.add(oid);
    }
  }
  const found = /* @__PURE__ */ new Map();
  for (const tree of refsOfTree.values()) {
    const carried = /* @__PURE__ */ new Set();
    for (const [file, oid] of parseTreeBlobs(tree.content, tree.oidLength)) {
      if (!file.endsWith(".md") || file.startsWith(".") || known.has(oid) || here.get(file) === oid || carried.has(oid)) continue;
      carried.add(oid);
      const entry = found.get(oid) ?? { file, oid, branches: [] };
      entry.branches.push(...tree.branches);
      found.set(oid, entry);
    }
  }
  const candidates = [...found.values()].sort((a, b) => compareCodePoints(b.file, a.file) || compareCodePoints(a.oid, b.oid));
  const chosen = candidates.slice(0, Math.max(0, options2.max));
  const blobs = await catFileBatch(cwd, chosen.map((c) => c.oid), Math.max(1, left()), env);
  const events = [];
  const issues = [];
  chosen.forEach((candidate, i) => {
    const object = blobs.objects[i];
    if (!object) return;
    const branches = candidate.branches.sort(compareCodePoints);
    if (options2.maxEventBytes !== void 0 && object.content.length > options2.maxEventBytes) {
      issues.push({ file: `${branches[0]}:${candidate.file}`, reason: `larger than ${options2.maxEventBytes} bytes` });
      return;
    }
    const parsed = parseEvent(object.content.toString("utf8"), candidate.file);
    if (parsed.ok) events.push({ file: candidate.file, oid: candidate.oid, branches, event: parsed.event });
    else issues.push({ file: `${branches[0]}:${candidate.file}`, reason: parsed.issue.reason });
  });
  events.sort((a, b) => b.event.ts.epochMs - a.event.ts.epochMs || compareCodePoints(b.file, a.file));
  const unread = chosen.length - events.length - issues.length;
  const complaint = gitError(batch.stderr) ?? gitError(blobs.stderr);
  return {
    events,
    refs: refs.length,
    omitted: candidates.length - chosen.length,
    found: candidates.length,
    issues,
    note: blobs.timedOut ? `cut short: reading event files took longer than ${options2.timeoutMs} ms; ${unread} not shown` : unread > 0 ? `incomplete: git could not read ${unread} event file(s)${complaint === void 0 ? "" : ` (git: ${complaint})`}` : complaint !== void 0 ? `incomplete: git reported an error reading remote branches (git: ${complaint})` : void 0
  };
}
function gitError(stderr) {
  return stderr.split("\n").map((line) => line.trim()).find((line) => /^(error|fatal):/.test(line))?.slice(0, 200);
}
function firstLine2(text) {
  return (text.split("\n").find((line) => line.trim() !== "") ?? "no message").trim().slice(0, 200);
}
function toInFlight(result) {
  const note = result.note ?? (result.omitted > 0 ? `showing the newest ${result.events.length}; ${result.omitted} older not read (remote_events_max)` : void 0);
  return {
    events: result.events.map(({ event, branches }) => ({
      branches,
      agent: event.agent,
      ts: event.ts.iso,
      now: event.now,
      openQuestions: event.openQuestions.filter((q) => !event.resolvedQuestions.includes(q)),
      summary: summarizeEvent(event)
    })),
    total: result.found,
    note
  };
}
async function remoteInFlightFor(config, cwd, env, overrides = {}) {
  if (!config.remoteEvents.enabled) return void 0;
  const timeoutMs = overrides.timeoutMs ?? config.remoteEvents.timeoutMs;
  const max = overrides.max ?? config.remoteEvents.max;
  const startedAt = Date.now();
  const { head, memoDir } = overrides;
  const { top } = overrides;
  const listing = head && memoDir && top !== void 0 ? await listRemoteRefs(cwd, ["refs/remotes", "refs/replace"], timeoutMs, env) : void 0;
  const listed = Array.isArray(listing) ? listing.filter(({ ref }) => ref.startsWith("refs/remotes/")) : void 0;
  const key = Array.isArray(listing) ? remoteMemoKey({
    head,
    eventsDir: relativeTo(top, config.eventsDir),
    archiveDir: config.archiveDir ? relativeTo(top, config.archiveDir) : void 0,
    max,
    maxEventBytes: config.maxEventBytes,
    refs: listing
  }) : void 0;
  const remembered = key === void 0 ? void 0 : loadRemoteMemo(memoDir, key);
  if (remembered) return remembered;
  const result = await readRemoteEvents({
    cwd,
    top,
    eventsDir: config.eventsDir,
    archiveDir: config.archiveDir,
    max,
    timeoutMs: Math.max(1, timeoutMs - (Date.now() - startedAt)),
    maxEventBytes: config.maxEventBytes,
    env,
    listed,
    head: listed ? head : void 0
  });
  const inFlight = toInFlight(result);
  if (key !== void 0 && result.note === void 0) storeRemoteMemo(memoDir, key, inFlight);
  return inFlight;
}

// packages/node/src/session/session-start.ts
var SYNTHESIS_BUDGET_MS = 1200;
var MAX_ELSEWHERE_PER_WORKTREE = 10;
var MAX_ELSEWHERE = 20;
async function runSessionStart(options2) {
  const { input, env } = options2;
  const cwd = existingDir(input.cwd) ?? options2.processCwd;
  if (ledgerRootOf(cwd) === void 0) {
    const line = `ledger-synth: ${cwd} is not in a git repository or ledger root (no .ledger-synth.yaml); nothing recorded or synthesized`;
    return { hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: "" }, systemMessage: line };
  }
  const config = loadConfig(cwd, env);
  const gitState = readGitState(cwd);
  let recovered = "";
  try {
    recovered = describeRecovery(await recoverStrandedSessions({ root: config.root, env, nowMs: options2.nowMs }));
  } catch {
  }
  if (input.sessionId) {
    const session = input.sessionId;
    const owner = sessionProcess(options2.parentPid ?? process.ppid);
    bestEffort(
      () => writeStartMarker(config.root, {
        session,
        startedAt: formatInstant(options2.nowMs),
        startedMs: options2.nowMs,
        head: gitState?.head,
        branch: gitState?.branch,
        cwd,
        ...options2.cli && options2.cli !== "claude" ? { cli: options2.cli } : {},
        transcriptPath: input.transcriptPath,
        pid: owner?.pid,
        pidStart: owner?.startTime,
        host: owner?.host
      })
    );
    const envFiles = new Set((options2.envFileVars ?? ["CLAUDE_ENV_FILE"]).map((name) => env[name]).filter((file) => file));
    for (const file of envFiles) bestEffort(() => exportSessionId(file, session));
  }
  const mergeSetup = await ensureMergeSetup(config.root, config.output, env).catch(() => void 0);
  const summary = await summarize(config, options2, cwd, gitState);
  const notes = [recovered, mergeSetup].filter((note) => note);
  return {
    hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: summary.additionalContext },
    systemMessage: [summary.systemMessage, ...notes].join(" \xB7 ")
  };
}
async function summarize(config, options2, cwd, gitState) {
  const outputPath = relative5(config.root, config.output) || config.output;
  const eventsDirState = dirState(config.eventsDir);
  if (eventsDirState === "unreadable") {
    throw new LedgerError("E_READ", `cannot read the events directory ${config.eventsDir}; current.md was left as it is`);
  }
  if (eventsDirState === "missing") {
    const legacy = readText2(config.output);
    if (legacy !== void 0) return buildLegacySummary(legacy, outputPath, config.contextBudget);
  }
  const fromEnv = Number(options2.env.LEDGER_SYNTH_START_BUDGET_MS ?? Number.NaN);
  const budget = options2.synthesisBudgetMs ?? (Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : SYNTHESIS_BUDGET_MS);
  const stopAt = Date.now() + budget;
  const stream = { config, cwd, env: options2.env };
  const remoteRead = gitState ? remoteInFlightFor(config, cwd, options2.env, { top: gitState.topLevel, head: gitState.head, memoDir: streamCache(stream).cacheDir }).catch(() => void 0) : void 0;
  const files = eventsDirState === "present" ? await listStreamFiles(stream) : [];
  const elsewhere = gitState ? eventsInSiblingWorktrees(cwd, config, gitState, files) : [];
  const remote = await remoteRead;
  const others = { outputPath, elsewhere, recordCommand: options2.recordCommand, remote };
  const inputsId = inputsIdOf(["session-start", config, options2.cli ?? "claude", options2.maxContextBudget ?? null, others]);
  const remembered = eventsDirState === "present" ? await recall(stream, config.output, inputsId, files) : void 0;
  if (remembered) return remembered;
  let synthesis;
  let outcome = "missing-output";
  if (eventsDirState === "present") {
    try {
      ({ synthesis, outcome } = await synthesizeOrPreview(config, options2, cwd, (aheadMs = 0) => Date.now() + aheadMs >= stopAt));
    } catch (error) {
      if (!(error instanceof ReadStopped)) throw error;
      return fromCommittedLedger(config, outputPath, budget, synthesizeInBackground(options2.cliPath, cwd, options2.env));
    }
  }
  const summaryFor = (outcomeNow) => buildFitting(config, options2, { ...others, outcome: outcomeNow, skipped: synthesis?.issues.length ?? 0, state: synthesis?.state ?? emptyState() });
  const summary = summaryFor(outcome);
  if (synthesis && (outcome === "unchanged" || outcome === "written")) {
    remember(stream, synthesis, config.output, inputsId, outcome === "unchanged" ? summary : summaryFor("unchanged"));
  }
  return summary;
}
function buildFitting(config, options2, input) {
  let budget = Math.min(config.contextBudget, options2.maxContextBudget ?? Number.POSITIVE_INFINITY);
  let summary = buildSessionSummary({ ...input, budget });
  while (options2.contextFits && !options2.contextFits(summary.additionalContext) && budget > 500) {
    budget = Math.max(500, Math.floor(budget * 0.85));
    summary = buildSessionSummary({ ...input, budget });
  }
  return summary;
}
async function synthesizeOrPreview(config, options2, cwd, shouldStop) {
  const { synthesis, written, lockBusy } = await synthesizeStream({ config, cwd, env: options2.env }, {
    warningLimit: 0,
    // the summary counts skipped files; warnings are the CLI's to show
    lockTimeoutMs: options2.lockTimeoutMs ?? 300,
    planIfBusy: true,
    skipEmpty: true,
    shouldStop
  });
  const outcome = lockBusy ? "lock-busy" : written ? "written" : synthesis.status === "fresh" ? "unchanged" : "missing-output";
  return { synthesis, outcome };
}
function fromCommittedLedger(config, outputPath, budgetMs, background) {
  const later = background ? "a full synthesis is running in the background" : "run `cc-synthesize --no-confirm` to bring it up to date";
  const limit = clampBudget(config.contextBudget);
  const text = readHead(config.output, limit * 4 + 4096);
  if (text === void 0) {
    return {
      additionalContext: `The continuity ledger ${outputPath} does not exist yet and the events took longer than ${budgetMs} ms to read; ${later}.`,
      systemMessage: `ledger-synth: no ${outputPath} yet; ${later}`
    };
  }
  const head = `Continuity ledger (the committed ${outputPath}, shown as written: reading every event took longer than ${budgetMs} ms, so events since its last synthesis may be missing; ${later}):

`;
  const body = text.replace(/\r\n?/g, "\n").trim();
  const marker = "\n\u2026 (truncated to the context budget)";
  const room = Math.max(0, limit - head.length);
  const shown = body.length <= room ? body : `${body.slice(0, Math.max(0, room - marker.length))}${marker}`;
  return {
    additionalContext: `${head}${shown}`.slice(0, limit),
    systemMessage: `ledger-synth: showing the committed ${outputPath} (the events took longer than ${budgetMs} ms to read; ${later})`
  };
}
function synthesizeInBackground(cliPath, cwd, env) {
  if (cliPath === void 0 || !existsSync10(cliPath)) return false;
  try {
    const child = spawn2(process.execPath, [cliPath, "--no-confirm"], { cwd, env, detached: true, stdio: "ignore" });
    child.on("error", () => {
    });
    child.unref();
    return true;
  } catch {
    return false;
  }
}
function eventsInSiblingWorktrees(cwd, config, gitState, ownFiles) {
  const found = [];
  if (!hasLinkedWorktrees(gitState.topLevel)) return found;
  const own = new Set(ownFiles.map((file) => basename7(file)));
  const here = realpathOr(gitState.topLevel);
  for (const worktree of listWorktrees(cwd)) {
    if (worktree.bare || realpathOr(worktree.path) === here || found.length >= MAX_ELSEWHERE) continue;
    let siblingConfig;
    try {
      siblingConfig = loadConfig(worktree.path);
    } catch {
      continue;
    }
    let names;
    try {
      names = readdirSync5(siblingConfig.eventsDir).filter((name) => name.endsWith(".md") && !name.startsWith(".") && !own.has(name));
    } catch {
      continue;
    }
    names.sort(compareCodePoints).reverse();
    const display = relative5(config.root, worktree.path) || worktree.path;
    for (const name of names.slice(0, MAX_ELSEWHERE_PER_WORKTREE)) {
      const loaded = loadEventText(join16(siblingConfig.eventsDir, name), config.maxEventBytes);
      if (!loaded.ok) continue;
      const parsed = parseEvent(loaded.text, name);
      if (!parsed.ok) continue;
      found.push({
        worktree: display,
        branch: worktree.branch ?? parsed.event.branch,
        agent: parsed.event.agent,
        ts: parsed.event.ts.iso,
        summary: summarizeEvent(parsed.event),
        // Identity, so an event present in two siblings is listed once; its content for the handoff.
        id: `${name}\0${parsed.event.contentHash}`,
        now: parsed.event.now,
        done: parsed.event.thisSession,
        openQuestions: parsed.event.openQuestions
      });
      if (found.length >= MAX_ELSEWHERE) break;
    }
  }
  return found.sort((a, b) => compareCodePoints(b.ts, a.ts) || compareCodePoints(a.worktree, b.worktree));
}
function hasLinkedWorktrees(topLevel) {
  try {
    if (!statSync7(join16(topLevel, ".git")).isDirectory()) return true;
    return readdirSync5(join16(topLevel, ".git", "worktrees")).length > 0;
  } catch {
    return false;
  }
}
function exportSessionId(envFile, session) {
  if (!envFile) return;
  const quoted2 = `'${session.replace(/'/g, `'\\''`)}'`;
  appendFileSync2(envFile, `export LEDGER_SYNTH_SESSION=${quoted2}
`);
}
function bestEffort(work) {
  try {
    work();
  } catch {
  }
}
function dirState(path) {
  try {
    if (!statSync7(path).isDirectory()) return "missing";
    const dir = opendirSync(path);
    try {
      dir.readSync();
    } finally {
      dir.closeSync();
    }
    return "present";
  } catch (error) {
    return error.code === "ENOENT" ? "missing" : "unreadable";
  }
}
function readHead(path, maxBytes) {
  let fd;
  try {
    fd = openSync4(path, "r");
    const buffer = Buffer.alloc(maxBytes);
    const read = readSync4(fd, buffer, 0, maxBytes, 0);
    return buffer.subarray(0, read).toString("utf8");
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync4(fd);
  }
}
function readText2(path) {
  try {
    return readFileSync7(path, "utf8");
  } catch {
    return void 0;
  }
}
function realpathOr(path) {
  try {
    return realpathSync3(path);
  } catch {
    return path;
  }
}

// packages/node/src/ids/counter-store.ts
var MAX_SOURCE_BYTES = 64 * 1024 * 1024;

// packages/node/src/session/codex-config.ts
var CODEX_HOOKS_FILE = ".codex/hooks.json";
var CODEX_HOOKS_DIR = ".codex/hooks/ledger-synth";

// packages/node/src/session/gemini-settings.ts
var GEMINI_SETTINGS_FILE = ".gemini/settings.json";
var GEMINI_HOOKS_DIR = ".gemini/hooks/ledger-synth";

// packages/node/src/session/agents-md.ts
var AGENTS_MD_FILE = "AGENTS.md";
var AGENTS_CLI_DIR = ".agents/ledger-synth";

// packages/node/src/session/agent-hooks.ts
var USAGE = "usage: agent-hook.mjs <claude|codex|gemini> <session-start|session-end> (JSON hook input on stdin)";
async function agentHookMain(argv, world, options2) {
  const [cli, event] = argv;
  if (!isAgentCli(cli) || !isAgentHookEvent(event)) {
    world.stderr.write(`ledger-synth: ${USAGE}; got ${JSON.stringify(argv.slice(0, 3))}
`);
    world.exit(0);
    return 0;
  }
  return agentHook(cli, event, world, options2);
}
function agentHook(cli, event, world, options2) {
  const profile = cliProfile(cli);
  if (event === "session-start") {
    const runner2 = {
      name: `ledger-synth ${profile.displayName} SessionStart`,
      ...profile.start,
      failureOutput: (line) => profile.failureOutput(event, line) ?? {}
    };
    return runHook(runner2, world, async ({ input }) => {
      const output = await runSessionStart({
        input,
        env: world.env,
        nowMs: world.now(),
        processCwd: world.cwd,
        recordCommand: recordCommandForSession(options2.hookDir, cli, input.sessionId),
        // Finishes a synthesis that ran past its time budget in a detached process.
        cliPath: cliPathFor(options2.hookDir),
        cli,
        maxContextBudget: profile.contextBudget,
        contextFits: profile.contextFits,
        envFileVars: profile.envFileVars
      });
      return profile.startOutput({ additionalContext: output.hookSpecificOutput.additionalContext, systemMessage: escapeControls(output.systemMessage) });
    });
  }
  const runner = { name: `ledger-synth ${profile.displayName} SessionEnd`, ...profile.end };
  return runHook(runner, world, async ({ input }) => {
    await publishSessionEnd({ input, env: world.env, nowMs: world.now(), processCwd: world.cwd, cli });
    return void 0;
  });
}
function recordCommandForSession(hookDir, cli, session) {
  const base = recordCommandFor(hookDir);
  return cli === "claude" || !session ? base : `${base} --session ${shellQuote(session)}`;
}

// packages/node/src/session/agent-install.ts
var AGENT_TARGET_DESCRIPTIONS = {
  codex: `Codex CLI: ${CODEX_HOOKS_FILE} (SessionStart, SessionEnd), ${CODEX_HOOKS_DIR}/`,
  gemini: `Gemini CLI: ${GEMINI_SETTINGS_FILE} hooks (SessionStart, SessionEnd), ${GEMINI_HOOKS_DIR}/`,
  "agents-md": `tools without hooks (Cursor, Aider, a shell): a block in ${AGENTS_MD_FILE}, ${AGENTS_CLI_DIR}/`
};

// hooks/src/agent-hook.ts
tuneHeapForFolding();
await agentHookMain(process.argv.slice(2), processHookWorld(), { hookDir: dirname9(fileURLToPath2(import.meta.url)) });
