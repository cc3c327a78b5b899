/**
 * The zip container of Office Open XML files (.docx), read defensively before any XML is parsed:
 *  - the central directory is walked here: at most LIMITS.maxDocxEntries entries (counted, not taken from the
 *    header), no duplicate names, every entry inside the file, only stored/deflate, no encryption;
 *  - only the parts a reader asks for are inflated, with fflate's streaming Inflate fed 4 KB at a time and a running
 *    byte counter over all parts (Budget), aborting as soon as the real output passes LIMITS.maxDocxInflatedBytes
 *    (declared sizes are never trusted); CRC-32 is checked. Entries never inflated (images) cannot hurt.
 * Errors are ImportErrors (corrupt-docx, zip-bomb, unsupported), whoever reads the file: the importer or the review's
 * Word comment import.
 */
import { Inflate } from 'fflate';
import { ImportError, LIMITS } from '../errors';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compSize: number;
  localOffset: number;
}

/** A broken .docx: what is broken, then what to do (walk 10: the reason alone left the clerk with nothing to try). */
/** (`reason` in both languages: an English window names what is broken too, as the Chinese does) */
export const corrupt = (fileName: string, reason: { zh: string; en: string }, details?: Record<string, unknown>): ImportError =>
  new ImportError('corrupt-docx', fileName, {
    zh: `Word 文档已损坏:${reason.zh};请从原处重新复制或下载一份,或在 Word/WPS 中打开后另存为 .docx 再导入`,
    en: `The Word document is damaged: ${reason.en}; copy or download it again from where it came from, or open it in Word or WPS and save it as .docx again.`,
  }, details);

const u16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 0x1_0000_0000;

const latin1 = (b: Uint8Array): string => {
  let s = '';
  for (const c of b) s += String.fromCharCode(c);
  return s;
};

/** Walk the central directory. Throws corrupt-docx / zip-bomb / unsupported. */
export function listZip(bytes: Uint8Array, fileName: string): ZipEntry[] {
  const n = bytes.length;
  // End of central directory: the last PK\5\6 within the trailing 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt(fileName, { zh: 'zip 结构不完整(找不到目录,文件可能被截断)', en: 'the zip structure is incomplete (no directory found; the file may be truncated)' });
  let total = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // ZIP64: locator 20 bytes before the EOCD.
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== 0x07064b50) throw corrupt(fileName, { zh: 'ZIP64 目录定位信息缺失', en: 'the ZIP64 directory locator is missing' });
    const z = u64(bytes, loc + 8);
    if (z + 56 > n || u32(bytes, z) !== 0x06064b50) throw corrupt(fileName, { zh: 'ZIP64 目录损坏', en: 'the ZIP64 directory is broken' });
    total = u64(bytes, z + 32);
    cdSize = u64(bytes, z + 40);
    cdOffset = u64(bytes, z + 48);
  }
  if (total > LIMITS.maxDocxEntries) {
    throw new ImportError('zip-bomb', fileName, {
      zh: `压缩包中的文件过多(${total} 个,上限 ${LIMITS.maxDocxEntries})`,
      en: `The package holds too many files (${total}; the limit is ${LIMITS.maxDocxEntries}).`,
    }, {
      entries: total,
      limit: LIMITS.maxDocxEntries,
    });
  }
  if (cdOffset + cdSize > n) throw corrupt(fileName, { zh: 'zip 目录超出文件末尾(文件可能被截断)', en: 'the zip directory runs past the end of the file (the file may be truncated)' });

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let p = cdOffset;
  const end = cdOffset + cdSize;
  while (p < end) {
    if (p + 46 > end || u32(bytes, p) !== 0x02014b50) throw corrupt(fileName, { zh: 'zip 目录项损坏', en: 'a zip directory entry is broken' });
    if (entries.length >= LIMITS.maxDocxEntries) {
      throw new ImportError('zip-bomb', fileName, {
        zh: `压缩包中的文件过多(超过 ${LIMITS.maxDocxEntries} 个)`,
        en: `The package holds too many files (more than ${LIMITS.maxDocxEntries}).`,
      }, {
        limit: LIMITS.maxDocxEntries,
      });
    }
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const crc = u32(bytes, p + 16);
    let compSize = u32(bytes, p + 20);
    const usize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    const next = p + 46 + nameLen + extraLen + commentLen;
    if (next > end) throw corrupt(fileName, { zh: 'zip 目录项损坏', en: 'a zip directory entry is broken' });
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = flags & 0x800 ? new TextDecoder('utf-8').decode(nameBytes) : latin1(nameBytes);
    // ZIP64 extra field: the 0xFFFFFFFF fields, in order usize, csize, offset.
    if (compSize === 0xffffffff || localOffset === 0xffffffff || usize === 0xffffffff) {
      let e = p + 46 + nameLen;
      const eEnd = e + extraLen;
      while (e + 4 <= eEnd) {
        const id = u16(bytes, e), len = u16(bytes, e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (usize === 0xffffffff) q += 8;
          if (compSize === 0xffffffff) { compSize = u64(bytes, q); q += 8; }
          if (localOffset === 0xffffffff) localOffset = u64(bytes, q);
          break;
        }
        e += 4 + len;
      }
    }
    const key = name.toLowerCase();
    if (seen.has(key)) throw corrupt(fileName, { zh: `zip 中有重复的文件名 ${name}`, en: `the zip holds the file name ${name} twice` });
    seen.add(key);
    if (localOffset + 30 > n) throw corrupt(fileName, { zh: 'zip 文件项超出文件末尾(文件可能被截断)', en: 'a zip entry runs past the end of the file (the file may be truncated)' });
    entries.push({ name, method, flags, crc, compSize, localOffset });
    p = next;
  }
  return entries;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c;
  }
  return t;
})();

function crc32(chunks: Uint8Array[]): number {
  let c = -1;
  for (const b of chunks) for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

export class Budget {
  used = 0;
  constructor(private fileName: string) {}
  add(n: number): void {
    this.used += n;
    if (this.used > LIMITS.maxDocxInflatedBytes) {
      throw new ImportError('zip-bomb', this.fileName, {
        zh: `解压后的内容过大(超过 ${LIMITS.maxDocxInflatedBytes} 字节),可能是恶意构造的压缩包`,
        en: `Unpacked, the content is larger than ${LIMITS.maxDocxInflatedBytes} bytes: the file may have been built to attack the app, or is too complex.`,
      }, {
        limit: LIMITS.maxDocxInflatedBytes,
      });
    }
  }
}

const INFLATE_STEP = 4096; // ≤ ~4 MB of output per push (deflate's ratio is at most ~1032:1)

/** Inflate (or copy) one entry, counting real output bytes against the budget. */
export function extract(bytes: Uint8Array, e: ZipEntry, budget: Budget, fileName: string): Uint8Array {
  if (e.flags & 0x1) {
    throw new ImportError('unsupported', fileName, { zh: '文档已加密,请先在 Word 中取消密码后再导入', en: 'The document is encrypted: remove its password in Word first.' });
  }
  const lo = e.localOffset;
  if (u32(bytes, lo) !== 0x04034b50) throw corrupt(fileName, { zh: `zip 文件项 ${e.name} 损坏`, en: `the zip entry ${e.name} is broken` });
  const start = lo + 30 + u16(bytes, lo + 26) + u16(bytes, lo + 28);
  if (start + e.compSize > bytes.length) throw corrupt(fileName, { zh: `zip 文件项 ${e.name} 不完整(文件可能被截断)`, en: `the zip entry ${e.name} is incomplete (the file may be truncated)` });
  const data = bytes.subarray(start, start + e.compSize);
  const chunks: Uint8Array[] = [];
  if (e.method === 0) {
    budget.add(data.length);
    chunks.push(data);
  } else if (e.method === 8) {
    let ended = false;
    const inf = new Inflate((chunk: Uint8Array, final: boolean) => {
      budget.add(chunk.length);
      if (chunk.length) chunks.push(chunk);
      if (final) ended = true;
    });
    try {
      if (data.length === 0) inf.push(new Uint8Array(0), true);
      for (let i = 0; i < data.length; i += INFLATE_STEP) {
        const j = Math.min(i + INFLATE_STEP, data.length);
        inf.push(data.subarray(i, j), j === data.length);
      }
    } catch (err) {
      if (err instanceof ImportError) throw err;
      throw corrupt(fileName, { zh: `无法解压 ${e.name}`, en: `${e.name} cannot be decompressed` }, { cause: String(err) });
    }
    if (!ended) throw corrupt(fileName, { zh: `无法解压 ${e.name}`, en: `${e.name} cannot be decompressed` });
  } else {
    throw corrupt(fileName, { zh: `${e.name} 使用了不支持的压缩方式 ${e.method}`, en: `${e.name} uses an unsupported compression method ${e.method}` });
  }
  if (crc32(chunks) !== e.crc) throw corrupt(fileName, { zh: `${e.name} 校验失败(CRC 不符)`, en: `${e.name} fails its check (CRC mismatch)` });
  if (chunks.length === 1) return chunks[0];
  const total = chunks.reduce((s, c) => s + c.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) { out.set(c, o); o += c.length; }
  return out;
}
