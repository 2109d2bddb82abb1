// Shrinks the static text of Lit's css`` / html`` / svg`` templates in CDN builds: terser keeps
// template literals verbatim, and their indentation is a good share of a widget's weight.
// Runs on esbuild's output (statements end with semicolons); a small scanner follows nested templates
// inside ${…} so that every level is minified, and leaves other template literals untouched.

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Whitespace runs that hold a line break are indentation: one space keeps the inline spacing. */
export function minifyMarkup(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

const TAGS = { css: minifyCss, html: minifyMarkup, svg: minifyMarkup };

/** Returns `code` with the static parts of tagged templates minified. */
export function minifyTemplateLiterals(code) {
  let out = '';
  let i = 0;
  // Scans JavaScript from `i` until `stop` (a closing brace at depth 0, or the end), copying to `out`.
  const scanCode = (stopAtBrace) => {
    let depth = 0;
    while (i < code.length) {
      const c = code[i];
      if (c === '"' || c === "'") {
        const start = i++;
        while (i < code.length && code[i] !== c) i += code[i] === '\\' ? 2 : 1;
        i++;
        out += code.slice(start, i);
      } else if (c === '`') {
        const tag = /(css|html|svg)\s*$/.exec(code.slice(Math.max(0, i - 8), i))?.[1];
        scanTemplate(tag && TAGS[tag]);
      } else if (c === '/' && code[i + 1] === '/') {
        const end = code.indexOf('\n', i);
        const stop = end === -1 ? code.length : end;
        out += code.slice(i, stop);
        i = stop;
      } else if (c === '/' && code[i + 1] === '*') {
        const end = code.indexOf('*/', i + 2) + 2;
        out += code.slice(i, end);
        i = end;
      } else {
        if (c === '{') depth++;
        if (c === '}') {
          if (depth === 0 && stopAtBrace) return;
          depth--;
        }
        out += c;
        i++;
      }
    }
  };
  // At a backtick: copies the template, minifying its static chunks with `minify` when given.
  const scanTemplate = (minify) => {
    out += '`';
    i++;
    let chunk = '';
    const flush = () => {
      // CSS chunks around an interpolation keep their edges' spaces.
      out += minify ? (minify === minifyCss && code.slice(i, i + 2) === '${' ? minifyMarkup(chunk) : minify(chunk)) : chunk;
      chunk = '';
    };
    while (i < code.length) {
      const c = code[i];
      if (c === '\\') {
        chunk += code.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        flush();
        out += '`';
        i++;
        return;
      } else if (c === '$' && code[i + 1] === '{') {
        flush();
        out += '${';
        i += 2;
        scanCode(true);
        out += '}';
        i++;
      } else {
        chunk += c;
        i++;
      }
    }
    flush();
  };
  scanCode(false);
  return out;
}

export function minifyTemplates() {
  return {
    name: 'npt-minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\b(css|html|svg)`/.test(code)) return null;
      const out = minifyTemplateLiterals(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}
