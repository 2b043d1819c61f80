// Umbrella skills and the specific skills that show them: a resume that names PostgreSQL shows
// "databases" and "SQL"; one that names Jenkins shows CI/CD. Used to credit a posting's general
// keyword ("cloud platforms") when the resume names a specific one ("AWS"), and said so in reports.
import type { SkillCategory } from '../types';

export const BROADER: Record<string, string[]> = {
  databases: [],
  'relational databases': [
    'PostgreSQL', 'MySQL', 'SQLite', 'Oracle Database', 'Microsoft SQL Server', 'MariaDB', 'Amazon Aurora', 'Amazon RDS',
    'CockroachDB', 'IBM Db2',
  ],
  NoSQL: [
    'MongoDB', 'Cassandra', 'DynamoDB', 'Redis', 'Couchbase', 'CouchDB', 'HBase', 'Firestore', 'Azure Cosmos DB', 'Neo4j',
    'Elasticsearch', 'graph databases', 'ScyllaDB', 'Realm',
  ],
  SQL: [
    'window functions', 'common table expressions',
    'PostgreSQL', 'MySQL', 'SQLite', 'Microsoft SQL Server', 'MariaDB', 'Oracle Database', 'T-SQL', 'PL/SQL', 'BigQuery',
    'Snowflake', 'Amazon Redshift', 'Apache Spark', 'Apache Hive', 'Presto', 'Trino', 'ClickHouse', 'Amazon Athena',
  ],
  'cloud computing': ['AWS', 'Azure', 'Google Cloud', 'Oracle Cloud', 'IBM Cloud', 'Alibaba Cloud', 'DigitalOcean', 'Heroku'],
  'fine-tuning': ['LoRA', 'QLoRA'],
  'consensus algorithms': ['Raft', 'Paxos'],
  'quantum computing': ['Qiskit'],
  'accounting software': ['QuickBooks', 'Xero', 'MYOB'],
  microcontrollers: ['STM32', 'ESP32', 'AVR'],
  'explainable AI': ['SHAP'],
  XML: ['XSLT', 'XPath'],
  'serial protocols': ['I2C', 'SPI', 'UART'],
  'root cause analysis': ['5 Whys', 'fishbone diagrams'],
  PLC: ['Allen-Bradley', 'Studio 5000', 'TIA Portal', 'Structured Text', 'ladder logic'],
  'control systems': ['model predictive control', 'LQR', 'state-space methods', 'state estimation'],
  'site reliability engineering': ['service level objectives', 'error budgets'],
  LIMS: ['LabWare', 'LabVantage', 'STARLIMS'],
  'PCB design': ['Altium Designer', 'KiCad', 'OrCAD', 'OrCAD Capture'],
  'version control': ['Git', 'GitHub', 'GitLab', 'Bitbucket', 'Subversion', 'Mercurial', 'Perforce'],
  'CI/CD': [
    'continuous integration', 'continuous delivery', 'continuous deployment', 'Jenkins', 'GitHub Actions', 'GitLab CI',
    'CircleCI', 'Travis CI', 'TeamCity', 'Argo CD', 'Spinnaker', 'Azure DevOps', 'Tekton', 'Bamboo',
  ],
  'continuous integration': ['Jenkins', 'GitHub Actions', 'GitLab CI', 'CircleCI', 'Travis CI', 'TeamCity', 'Bamboo'],
  containers: ['Docker', 'Podman', 'Kubernetes', 'Docker Compose', 'OpenShift'],
  'container orchestration': ['Kubernetes', 'OpenShift', 'Amazon ECS', 'Amazon EKS', 'Azure Kubernetes Service', 'Google Kubernetes Engine', 'HashiCorp Nomad'],
  'machine learning': [
    'deep learning', 'TensorFlow', 'PyTorch', 'scikit-learn', 'Keras', 'XGBoost', 'LightGBM', 'CatBoost', 'JAX',
    'supervised learning', 'unsupervised learning', 'reinforcement learning', 'neural networks', 'MLflow', 'Amazon SageMaker',
    'natural language processing', 'computer vision', 'recommender systems', 'predictive modeling',
  ],
  // Gradient-boosted tree libraries and the classic supervised learners show supervised learning.
  'supervised learning': ['XGBoost', 'LightGBM', 'CatBoost', 'decision trees', 'support vector machines'],
  'decision trees': ['XGBoost', 'LightGBM', 'CatBoost'],
  'deep learning': ['TensorFlow', 'PyTorch', 'Keras', 'JAX', 'neural networks', 'convolutional neural networks', 'recurrent neural networks', 'transformers'],
  'artificial intelligence': ['machine learning', 'deep learning', 'large language models', 'generative AI', 'natural language processing', 'computer vision'],
  'natural language processing': ['spaCy', 'NLTK', 'Hugging Face', 'transformers', 'large language models', 'sentiment analysis', 'named entity recognition'],
  'computer vision': ['OpenCV', 'YOLO', 'image processing'],
  'front-end development': ['React', 'Angular', 'Vue.js', 'Svelte', 'Next.js', 'Nuxt', 'Ember.js', 'jQuery', 'Redux'],
  'back-end development': [
    'Node.js', 'Express', 'Django', 'Flask', 'FastAPI', 'Spring Boot', 'Spring', 'Ruby on Rails', 'ASP.NET', 'Laravel', 'NestJS',
    'Phoenix', 'Gin',
  ],
  'web development': ['front-end development', 'back-end development', 'full-stack development', 'React', 'Angular', 'Vue.js', 'Next.js', 'Django', 'Ruby on Rails', 'Node.js'],
  'web applications': ['React', 'Angular', 'Vue.js', 'Next.js', 'Django', 'Ruby on Rails', 'single-page applications'],
  'mobile development': ['Android', 'iOS', 'React Native', 'Flutter', 'SwiftUI', 'Jetpack Compose', 'Xamarin', 'Ionic'],
  JavaScript: ['Node.js', 'React', 'Angular', 'Vue.js', 'Next.js', 'Express', 'jQuery', 'Svelte'],
  'data visualization': ['Tableau', 'Power BI', 'Matplotlib', 'Seaborn', 'Plotly', 'D3.js', 'Looker', 'ggplot2', 'Qlik', 'dashboards'],
  'business intelligence': ['Tableau', 'Power BI', 'Looker', 'Qlik'],
  monitoring: ['Prometheus', 'Grafana', 'Datadog', 'New Relic', 'Amazon CloudWatch', 'Splunk', 'Nagios', 'Zabbix', 'observability'],
  observability: ['OpenTelemetry', 'distributed tracing', 'Prometheus', 'Grafana', 'Datadog'],
  'infrastructure as code': ['Terraform', 'AWS CloudFormation', 'Pulumi', 'AWS CDK'],
  'configuration management': ['Ansible', 'Chef', 'Puppet', 'SaltStack'],
  'software testing': [
    'unit testing', 'integration testing', 'end-to-end testing', 'test automation', 'regression testing', 'JUnit', 'pytest',
    'Jest', 'Mocha', 'Selenium', 'Cypress', 'Playwright', 'test-driven development', 'RSpec', 'Vitest', 'TestNG',
  ],
  'unit testing': ['JUnit', 'pytest', 'Jest', 'Mocha', 'RSpec', 'Vitest', 'TestNG', 'XCTest', 'test-driven development'],
  'test automation': ['Selenium', 'Cypress', 'Playwright', 'Puppeteer', 'Appium'],
  'message queues': ['Kafka', 'RabbitMQ', 'Amazon SQS', 'ActiveMQ', 'Apache Pulsar', 'ZeroMQ', 'NATS'],
  'big data': ['Hadoop', 'Apache Spark', 'PySpark', 'Apache Hive', 'Apache Flink', 'Databricks', 'MapReduce'],
  'data pipelines': ['Apache Airflow', 'ETL', 'Dagster', 'Apache Beam', 'dbt'],
  APIs: ['REST APIs', 'GraphQL', 'gRPC'],
  Linux: ['Ubuntu', 'Debian', 'Red Hat Enterprise Linux', 'CentOS', 'Fedora', 'Arch Linux', 'Kali Linux', 'Linux kernel'],
  statistics: ['hypothesis testing', 'regression analysis', 'Bayesian statistics', 'A/B testing', 'time series analysis', 'R'],
  'data analysis': ['Pandas', 'statistics', 'Excel', 'Tableau', 'Power BI', 'R', 'SQL'],
  serverless: ['AWS Lambda', 'Azure Functions', 'Google Cloud Functions', 'Google Cloud Run', 'Cloudflare'],
  'distributed systems': ['consensus algorithms', 'Kafka', 'Apache Spark', 'microservices'],
  'object-oriented programming': ['object-oriented design', 'design patterns'],
  'shell scripting': ['Bash', 'PowerShell'],
  'embedded systems': ['firmware', 'microcontrollers', 'RTOS', 'FreeRTOS', 'Arduino'],
  'game development': ['Unity', 'Unreal Engine', 'Godot'],
};

/** Umbrella skills shown by any skill of a category (every database skill shows "databases"). */
export const BROADER_BY_CATEGORY: Record<string, SkillCategory[]> = {
  databases: ['database'],
};
