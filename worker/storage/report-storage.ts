// The SQL for feedback reports: one per finished interview, replaced when regenerated.
import type { Report } from "../protocol/report";

export class ReportStorage {
  constructor(private readonly sql: SqlStorage) {}

  saveReport(report: Report): void {
    this.sql.exec(
      "INSERT OR REPLACE INTO reports (interview_id, body, created_at) VALUES (?, ?, ?)",
      report.interviewId,
      JSON.stringify(report),
      report.generatedAt,
    );
  }

  readReport(interviewId: string): Report | null {
    const row = this.sql.exec<{ body: string }>("SELECT body FROM reports WHERE interview_id = ?", interviewId).toArray()[0];
    return row ? (JSON.parse(row.body) as Report) : null;
  }
}
