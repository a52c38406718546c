// The accounts file both import benches read (bench/import.mjs, bench/import-stages.mjs): Chinese and
// Latin names, quoted cells with commas and doubled quotes, 万 amounts — what a real CRM export holds.
import { closeSync, openSync, writeSync } from 'node:fs';

const CITIES = ['上海', '深圳', 'Suzhou', '杭州', 'Ningbo', '广州'];
const INDUSTRIES = ['auto parts', 'packaging', 'electronics', 'chemicals', 'food'];
const STAGES = ['development', 'initial-cooperation', 'primary-supplier', 'partnership', 'strategic-alliance'];
const OWNERS = ['lin', 'wang', 'chen', 'zhao'];
const PREFIX = ['华东', '深圳', '苏州', '宁波', '广州', '杭州'];
const KIND = ['机械', '新能电池', '包装', '电子', '化工', '食品'];

/** Writes `rows` accounts to `path` in 1 MB chunks (a 1M-row file never sits in memory whole). */
export function writeAccountsCsv(path, rows) {
  const fd = openSync(path, 'w');
  let chunk = 'name,externalId,industry,owner,tier,city,address,revenue,currency,share,stage,notes\n';
  for (let i = 0; i < rows; i++) {
    const name = `${PREFIX[i % 6]}${KIND[(i >> 3) % 6]}${i}有限公司`;
    chunk +=
      `${name},EXT-${i},${INDUSTRIES[i % 5]},${OWNERS[i % 4]},${'ABC'[i % 3]},${CITIES[i % 6]},` +
      `"${i} 号, 工业路, ""园区"" ${i % 97}",${(i % 900) + 100}万,CNY,${i % 101},${STAGES[i % 5]},` +
      `"note ${i}, with a comma"\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}
