import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { RULES, ruleDocsUrl, type Severity } from '../../core/index.js';
import type { Formatter } from './types.js';
import { noticesOf } from '../lint/job.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/innovatie-tools/innovatie';
/** The rule id of a part of a plan too complex to check (guard.ts), which no rule in RULES owns. */
export const NOTICE_RULE_ID = 'too-complex';
const NOTICE_RULE = {
  id: NOTICE_RULE_ID,
  name: 'TooComplex',
  shortDescription: { text: 'A part of the plan was too complex to check and was read as plain text.' },
  fullDescription: { text: 'Markup that would take the Markdown parser minutes (deep nesting, huge unbroken blocks, runs of brackets or emphasis markers, a fence left open) is read as plain text: its words count, its markup does not.' },
  help: {
    text: 'Split the part with headings or blank lines, or close the fence or HTML block left open.',
    markdown: 'Split the part with headings or blank lines, or close the fence or HTML block left open.',
  },
  helpUri: `${INFORMATION_URI}#limits`,
  defaultConfiguration: { level: 'note' as const },
  properties: { tags: ['innovation-plan', 'documentation'] },
};

/**
 * SARIF 2.1.0 for GitHub code scanning: every rule with its help text and docs
 * link, one result per finding, URIs relative to the repository root (%SRCROOT%).
 * A part of a plan too complex to check (a notice) is said twice: as a result of level
 * `note` under the rule `too-complex`, which code scanning shows as an alert on its line
 * (its tool status page shows tool notifications for CodeQL only), and as a tool execution
 * notification in `invocations[0]`, where SARIF viewers look for what a tool could not do.
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
  const notices = reports.flatMap((report, artifactIndex) =>
    noticesOf(report).map((notice) => ({
      message: { text: notice.message },
      locations: [{ physicalLocation: { artifactLocation: { ...artifactLocation(report.path), index: artifactIndex }, region: { startLine: notice.line } } }],
    })),
  );
  const rules = RULES.map((rule) => ({
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
  }));
  // The notice rule is listed only when there is a notice, so ordinary logs list exactly RULES.
  if (notices.length > 0) rules.push(NOTICE_RULE);
  const noticeResults = notices.map((notice) => ({ ruleId: NOTICE_RULE_ID, ruleIndex: rules.length - 1, level: 'note', ...notice }));
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
            rules,
          },
        },
        // Columns count UTF-16 code units, as JavaScript strings (and GitHub) do.
        columnKind: 'utf16CodeUnits',
        ...(notices.length > 0 ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notices.map((notice) => ({ level: 'warning', ...notice })) }] } : {}),
        artifacts,
        results: [...results, ...noticeResults],
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
