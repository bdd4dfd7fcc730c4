// SQL questions: querying, indexing, transactions and running relational databases in production.
import { skillBank } from "./define";

export const sql = skillBank("SQL", ["sql", "postgres", "postgresql", "mysql", "sqlite", "relational databases"], [
  {
    id: "sql-01",
    text: "How do indexes speed up queries, and what does it cost you to add too many of them?",
    talkingPoints: ["B-tree", "faster lookups", "slower writes", "storage", "selectivity", "query planner"],
  },
  {
    id: "sql-02",
    text: "Explain the main types of joins, and describe a situation where you'd need a left join rather than an inner join.",
    talkingPoints: ["inner join", "left join", "null values", "outer join", "missing matches"],
  },
  {
    id: "sql-03",
    text: "What does normalization mean in database design, and when might you deliberately denormalize?",
    talkingPoints: ["normal forms", "redundancy", "update anomalies", "read performance", "denormalize"],
  },
  {
    id: "sql-04",
    text: "What are transactions, and what does each of the ACID properties guarantee?",
    talkingPoints: ["atomicity", "consistency", "isolation", "durability", "rollback"],
  },
  {
    id: "sql-05",
    text: "Explain transaction isolation levels and the anomalies each one prevents.",
    talkingPoints: ["read committed", "repeatable read", "serializable", "dirty reads", "phantom reads", "lost updates"],
  },
  {
    id: "sql-06",
    text: "A query that used to be fast has suddenly become slow. How would you investigate it?",
    talkingPoints: ["EXPLAIN", "query plan", "full table scan", "missing index", "statistics", "data growth"],
  },
  {
    id: "sql-07",
    text: "What is the N plus one query problem, and how do you spot and fix it?",
    talkingPoints: ["N plus one", "ORM", "eager loading", "joins", "batching", "query logs"],
  },
  {
    id: "sql-08",
    text: "What is the difference between WHERE and HAVING, and how does GROUP BY fit between them?",
    talkingPoints: ["WHERE filters rows", "HAVING filters groups", "aggregate functions", "GROUP BY", "order of evaluation"],
  },
  {
    id: "sql-09",
    text: "What are window functions, and what kinds of problems do they solve well?",
    talkingPoints: ["OVER clause", "PARTITION BY", "ROW_NUMBER", "running totals", "ranking", "rows are not collapsed"],
  },
  {
    id: "sql-10",
    text: "How do you prevent SQL injection, and why isn't escaping input by hand enough?",
    talkingPoints: ["parameterized queries", "prepared statements", "string concatenation", "ORM", "least privilege", "input validation"],
  },
  {
    id: "sql-11",
    text: "How would you change the schema of a large, busy production table without downtime?",
    talkingPoints: ["backwards compatible", "expand and contract", "online migration", "backfill in batches", "locks", "rollback plan"],
  },
  {
    id: "sql-12",
    text: "How do composite indexes work, and why does the order of the columns matter?",
    talkingPoints: ["leftmost prefix", "column order", "selectivity", "covering index", "range conditions"],
  },
  {
    id: "sql-13",
    text: "When would you choose a relational database over a document or key-value store, and when the other way round?",
    talkingPoints: ["relational model", "joins", "schema", "transactions", "flexible schema", "scaling"],
  },
  {
    id: "sql-14",
    text: "Two customers try to buy the last item in stock at the same moment. How do you make sure the database handles that correctly?",
    talkingPoints: ["race condition", "row locks", "SELECT FOR UPDATE", "optimistic locking", "version column", "atomic update"],
  },
  {
    id: "sql-15",
    text: "What are common table expressions, and when do you prefer them over subqueries?",
    talkingPoints: ["WITH clause", "readability", "recursive CTE", "subqueries", "materialization"],
  },
  {
    id: "sql-16",
    text: "What does NULL mean in SQL, and what surprises does it cause in comparisons and aggregates?",
    talkingPoints: ["three-valued logic", "IS NULL", "COUNT", "NOT IN", "COALESCE"],
  },
  {
    id: "sql-17",
    text: "How would you design the tables for a many-to-many relationship, such as students and courses?",
    talkingPoints: ["junction table", "foreign keys", "composite primary key", "extra attributes", "indexes"],
  },
  {
    id: "sql-18",
    text: "What are the trade-offs of using an ORM compared with writing SQL directly?",
    talkingPoints: ["productivity", "generated queries", "N plus one", "raw SQL", "migrations", "type safety"],
  },
  {
    id: "sql-19",
    text: "How do you paginate efficiently through a very large result set?",
    talkingPoints: ["OFFSET", "keyset pagination", "cursor", "stable ordering", "index"],
  },
  {
    id: "sql-20",
    text: "How would you scale a relational database that is struggling under heavy read traffic?",
    talkingPoints: ["read replicas", "caching", "replication lag", "connection pooling", "query optimisation", "partitioning"],
  },
  {
    id: "sql-21",
    text: "Why enforce rules with database constraints rather than only in application code?",
    talkingPoints: ["primary key", "foreign key", "unique constraint", "check constraint", "data integrity", "multiple writers"],
  },
  {
    id: "sql-22",
    text: "What is a deadlock in a database, and how do you reduce the chance of one happening?",
    talkingPoints: ["deadlock", "lock ordering", "short transactions", "retry", "deadlock detection"],
  },
]);
