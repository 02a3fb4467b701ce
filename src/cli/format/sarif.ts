import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { RULES, ruleDocsUrl, type Severity } from '../../core/index.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/innovatie-tools/innovatie';

/**
 * SARIF 2.1.0 for GitHub code scanning: every rule with its help text and docs
 * link, one result per finding, URIs relative to the repository root (%SRCROOT%).
 */
export const formatSarif: Formatter = (reports, { version }) => {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const artifacts = reports.map((report) => ({ location: artifactLocation(report.path), mimeType: 'text/markdown' }));
  const results = reports.flatMap((report, artifactIndex) =>
    report.findings.map((finding) => ({
      ruleId: finding.ruleId,
      ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { ...artifactLocation(report.path), index: artifactIndex },
            region: {
              startLine: finding.range.start.line,
              startColumn: finding.range.start.column,
              endLine: finding.range.end.line,
              endColumn: finding.range.end.column,
            },
          },
        },
      ],
      ...(finding.fix ? { properties: { fixable: true } } : {}),
    })),
  );
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'innovatie',
            informationUri: INFORMATION_URI,
            version,
            ...(/^\d+\.\d+\.\d+/.test(version) ? { semanticVersion: version } : {}),
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: pascalCase(rule.id),
              shortDescription: { text: rule.description.en },
              fullDescription: { text: rule.rationale.en },
              help: {
                text: `${rule.description.en} ${rule.rationale.en}\n\n${rule.description.nl} ${rule.rationale.nl}\n\nSee ${ruleDocsUrl(rule.id)}`,
                markdown: `**${rule.description.en}** ${rule.rationale.en}\n\n**${rule.description.nl}** ${rule.rationale.nl}\n\n[Documentation](${ruleDocsUrl(rule.id)})`,
              },
              helpUri: ruleDocsUrl(rule.id),
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { tags: ['innovation-plan', 'documentation'] },
            })),
          },
        },
        // Columns count UTF-16 code units, as JavaScript strings (and GitHub) do.
        columnKind: 'utf16CodeUnits',
        artifacts,
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** A relative path becomes a URI reference under %SRCROOT%; a file outside the working folder keeps its file: URI. */
function artifactLocation(reportPath: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(reportPath)) return { uri: pathToFileURL(reportPath).href };
  return { uri: reportPath.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase());
}
