// The skills a job posting is searched for: those the offline question bank has questions on (by
// the bank's own names) and common technologies. Read by find-skills.ts.

export interface Technology {
  /** The name the form suggests; for skills with a question bank, the bank's name exactly. */
  name: string;
  /** Spellings matched in any case, as whole words. */
  terms: readonly string[];
  /** Spellings matched only in this case, for names that are also English words ("Go", "React", "Swift"). */
  cased?: readonly string[];
}

/**
 * Skills with a question bank (worker/ai/offline/question-bank/): every term here must resolve to the
 * same bank through findSkillBank, which technologies.test.ts checks. Kept apart from the bank so the
 * new-interview form can read a posting without loading any question.
 */
export const BANK_SKILLS: readonly Technology[] = [
  { name: "JavaScript", terms: ["javascript", "ecmascript", "es6", "es2015", "vanilla js"], cased: ["JS"] },
  { name: "TypeScript", terms: ["typescript"], cased: ["TS"] },
  { name: "React", terms: ["react.js", "reactjs", "react js"], cased: ["React"] },
  { name: "Node.js", terms: ["node.js", "nodejs", "node js"], cased: ["Node"] },
  { name: "Python", terms: ["python", "python3"] },
  { name: "SQL", terms: ["sql", "postgres", "postgresql", "mysql", "sqlite", "relational databases", "relational database"] },
  {
    name: "System Design",
    terms: ["system design", "systems design", "distributed systems", "distributed system", "software architecture", "system architecture", "large-scale systems", "scalable systems"],
  },
  {
    name: "Testing",
    terms: ["testing", "software testing", "unit testing", "automated testing", "test automation", "tdd", "test-driven", "unit tests", "integration tests", "automated tests", "end-to-end tests"],
    cased: ["QA"],
  },
];

/** Common technologies with no question bank: the offline interviewer asks about them from general templates. */
export const OTHER_TECHNOLOGIES: readonly Technology[] = [
  { name: "Java", terms: ["java"] },
  { name: "Kotlin", terms: ["kotlin"] },
  { name: "Go", terms: ["golang"], cased: ["Go"] },
  { name: "Rust", terms: [], cased: ["Rust"] },
  { name: "C++", terms: ["c++", "cpp"] },
  { name: "C#", terms: ["c#", "csharp"] },
  { name: ".NET", terms: [".net", "asp.net", "dotnet", ".net core"] },
  { name: "Ruby", terms: [], cased: ["Ruby"] },
  { name: "Ruby on Rails", terms: ["ruby on rails", "rails"] },
  { name: "PHP", terms: ["php"] },
  { name: "Laravel", terms: ["laravel"] },
  { name: "Scala", terms: ["scala"] },
  { name: "Swift", terms: ["swiftui"], cased: ["Swift"] },
  { name: "Objective-C", terms: ["objective-c"] },
  { name: "Elixir", terms: ["elixir"] },
  { name: "Dart", terms: [], cased: ["Dart"] },
  { name: "Flutter", terms: ["flutter"] },
  { name: "React Native", terms: ["react native"] },
  { name: "iOS", terms: ["ios"] },
  { name: "Android", terms: ["android"] },
  { name: "HTML", terms: ["html", "html5"] },
  { name: "CSS", terms: ["css", "css3", "sass", "scss"] },
  { name: "Tailwind CSS", terms: ["tailwind", "tailwind css", "tailwindcss"] },
  { name: "Vue", terms: ["vue", "vue.js", "vuejs", "nuxt"] },
  { name: "Angular", terms: ["angularjs"], cased: ["Angular"] },
  { name: "Svelte", terms: ["svelte", "sveltekit"] },
  { name: "Next.js", terms: ["next.js", "nextjs"] },
  { name: "Redux", terms: ["redux"] },
  { name: "GraphQL", terms: ["graphql"] },
  { name: "REST APIs", terms: ["restful", "rest api", "rest apis"], cased: ["REST"] },
  { name: "gRPC", terms: ["grpc"] },
  { name: "Express", terms: ["express.js", "expressjs"] },
  { name: "NestJS", terms: ["nestjs", "nest.js"] },
  { name: "Django", terms: ["django"] },
  { name: "Flask", terms: ["flask"] },
  { name: "FastAPI", terms: ["fastapi"] },
  { name: "Spring Boot", terms: ["spring boot", "spring framework"], cased: ["Spring"] },
  { name: "MongoDB", terms: ["mongodb", "mongo"] },
  { name: "Redis", terms: ["redis"] },
  { name: "Elasticsearch", terms: ["elasticsearch", "opensearch"] },
  { name: "DynamoDB", terms: ["dynamodb"] },
  { name: "Cassandra", terms: ["cassandra"] },
  { name: "Kafka", terms: ["kafka"] },
  { name: "RabbitMQ", terms: ["rabbitmq"] },
  { name: "Spark", terms: ["pyspark", "apache spark"], cased: ["Spark"] },
  { name: "Airflow", terms: ["airflow"] },
  { name: "dbt", terms: [], cased: ["dbt"] },
  { name: "Snowflake", terms: [], cased: ["Snowflake"] },
  { name: "BigQuery", terms: ["bigquery"] },
  { name: "pandas", terms: ["pandas"] },
  { name: "NumPy", terms: ["numpy"] },
  { name: "PyTorch", terms: ["pytorch"] },
  { name: "TensorFlow", terms: ["tensorflow"] },
  { name: "scikit-learn", terms: ["scikit-learn", "sklearn"] },
  { name: "Machine Learning", terms: ["machine learning"], cased: ["ML"] },
  { name: "LLMs", terms: ["llm", "llms", "large language models", "large language model"] },
  { name: "AWS", terms: ["aws", "amazon web services"] },
  { name: "Google Cloud", terms: ["gcp", "google cloud", "google cloud platform"] },
  { name: "Azure", terms: ["azure"] },
  { name: "Docker", terms: ["docker"] },
  { name: "Kubernetes", terms: ["kubernetes", "k8s"] },
  { name: "Terraform", terms: ["terraform"] },
  { name: "Ansible", terms: ["ansible"] },
  { name: "Helm", terms: [], cased: ["Helm"] },
  { name: "Linux", terms: ["linux"] },
  { name: "Git", terms: [], cased: ["Git", "git"] },
  { name: "CI/CD", terms: ["ci/cd", "continuous integration", "continuous delivery", "continuous deployment"] },
  { name: "GitHub Actions", terms: ["github actions"] },
  { name: "Jenkins", terms: ["jenkins"] },
  { name: "Prometheus", terms: ["prometheus"] },
  { name: "Grafana", terms: ["grafana"] },
  { name: "Datadog", terms: ["datadog"] },
  { name: "OpenTelemetry", terms: ["opentelemetry"] },
  { name: "Microservices", terms: ["microservices", "microservice", "micro-services"] },
  { name: "Serverless", terms: ["serverless"] },
  { name: "Jest", terms: [], cased: ["Jest"] },
  { name: "Cypress", terms: ["cypress"] },
  { name: "Playwright", terms: ["playwright"] },
  { name: "Selenium", terms: ["selenium"] },
  { name: "pytest", terms: ["pytest"] },
  { name: "JUnit", terms: ["junit"] },
  { name: "Webpack", terms: ["webpack"] },
  { name: "Vite", terms: [], cased: ["Vite"] },
  { name: "Figma", terms: ["figma"] },
  { name: "Bash", terms: ["bash", "shell scripting"] },
];

export const TECHNOLOGIES: readonly Technology[] = [...BANK_SKILLS, ...OTHER_TECHNOLOGIES];
