"""Demo sectors and roles for Career Compare.

Pure data, loaded by demo.loader. Salary figures are U.S. Bureau of Labor Statistics (BLS)
median annual wages for the month given in salary_as_of. A role whose job has no
matching BLS occupation has median_salary None (and no source or date).
"""

BLS = "U.S. Bureau of Labor Statistics"

SECTORS = [
    # (slug, name, description)
    (
        "healthcare",
        "Healthcare",
        "Clinical and administrative jobs in hospitals, clinics, physicians' offices and other "
        "places where people receive care.",
    ),
    (
        "business",
        "General business",
        "Office, management and people roles that every kind of organization needs, from a "
        "five-person firm to a large corporation.",
    ),
    (
        "technology",
        "Technology",
        "Jobs that build software and products or turn data into decisions, in tech companies "
        "and increasingly in every other industry.",
    ),
    (
        "education",
        "Education",
        "Roles that help people learn, in schools, colleges and the training teams of "
        "companies and public bodies.",
    ),
]

ROLES = [
    # ------------------------------------------------------------------ healthcare
    {
        "slug": "practice-manager",
        "title": "Practice Manager",
        "sector": "healthcare",
        "summary": (
            "A **practice manager** runs the business side of a medical, dental or veterinary "
            "practice so that clinicians can concentrate on patients. They look after staff "
            "rotas, budgets, billing and insurance claims, supplier contracts and the daily "
            "workflow of the front desk and back office.\n\n"
            "In a small practice the practice manager may be the only manager on site and "
            "will deal with anything from a payroll question to a broken sterilizer. In a "
            "larger group practice the job leans more toward reporting, compliance and "
            "leading a team of supervisors."
        ),
        "education": (
            "Often a bachelor's degree in healthcare administration, business or a related "
            "field, although many practice managers work their way up from front-desk or "
            "billing jobs with an associate degree or certificate."
        ),
        "experience": (
            "Typically three to five years in a medical office, billing department or clinical "
            "support role, including some time supervising staff."
        ),
        "skills": [
            "Medical billing basics",
            "Staff scheduling",
            "Budgeting",
            "Patient privacy rules (HIPAA)",
            "Practice management software",
            "Resolving conflicts",
        ],
        "work_environment": (
            "Practice managers work on site in physicians' offices, dental practices, "
            "outpatient clinics and veterinary hospitals. Hours are mostly regular weekday "
            "hours, with early starts or evenings when the practice runs extended clinics. "
            "Expect frequent interruptions from staff, patients and clinicians."
        ),
        "median_salary": 65730,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/ooh/management/medical-and-health-services-managers.htm",
        "salary_as_of": "2020-05",
        "related": [
            "office-manager",
            "healthcare-administrator",
            "medical-receptionist",
            "medical-assistant",
        ],
    },
    {
        "slug": "healthcare-administrator",
        "title": "Healthcare Administrator",
        "sector": "healthcare",
        "summary": (
            "A **healthcare administrator** plans and directs how a hospital department, "
            "clinic network, nursing home or health system operates. They set budgets, "
            "oversee compliance with regulations and accreditation standards, work with "
            "clinical leaders on staffing and quality, and report to executives or a board.\n\n"
            "The title covers a wide range of jobs, from running one hospital department to "
            "leading a whole facility. What they have in common is responsibility for an "
            "organization's finances, policies and performance rather than for individual "
            "patients."
        ),
        "education": (
            "Usually a bachelor's degree in health administration, public health, business or "
            "nursing; a master's degree such as an MHA, MPH or MBA is common for senior posts."
        ),
        "experience": (
            "Several years of administrative or clinical work in a healthcare setting, often "
            "including a supervisory or department-level role."
        ),
        "skills": [
            "Healthcare finance",
            "Regulatory compliance",
            "Strategic planning",
            "Quality and performance data",
            "Leading other managers",
            "Presenting to boards",
        ],
        "work_environment": (
            "Most healthcare administrators work in offices inside hospitals, health systems, "
            "nursing care facilities or large group practices. Full-time hours are standard "
            "and longer weeks are common at senior levels. Facilities that never close may "
            "need administrators on call for emergencies."
        ),
        "median_salary": 100980,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/oes/2019/may/oes119111.htm",
        "salary_as_of": "2019-05",  # deliberately older figure: shows the "stale salary" flag
        "related": ["practice-manager", "operations-manager", "registered-nurse"],
    },
    {
        "slug": "medical-assistant",
        "title": "Medical Assistant",
        "sector": "healthcare",
        "summary": (
            "A **medical assistant** supports physicians and nurses with both clinical and "
            "administrative tasks, usually in an outpatient clinic or doctor's office. On the "
            "clinical side they take vital signs, record patient histories, prepare exam rooms "
            "and, where state rules allow, draw blood or give injections.\n\n"
            "On the administrative side they may schedule appointments, update electronic "
            "health records and handle insurance paperwork. The balance between the two "
            "depends on the size and type of practice."
        ),
        "education": (
            "A postsecondary certificate or diploma from a medical assisting program is "
            "typical; some employers hire high school graduates and train them on the job."
        ),
        "experience": (
            "Entry-level jobs need little or no experience. Voluntary certification, such as "
            "the CMA or RMA, improves job prospects."
        ),
        "skills": [
            "Taking vital signs",
            "Basic phlebotomy",
            "Electronic health records",
            "Talking with patients",
            "Medical terminology",
            "Infection control",
        ],
        "work_environment": (
            "Most medical assistants work in physicians' offices, outpatient care centers and "
            "hospitals. They spend much of the day on their feet, moving between exam rooms "
            "and the front desk. Some work evenings or weekends in urgent care or "
            "extended-hours clinics."
        ),
        "median_salary": 42000,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/ooh/healthcare/medical-assistants.htm",
        "salary_as_of": "2023-05",
        "related": ["medical-receptionist", "registered-nurse", "practice-manager"],
    },
    {
        "slug": "medical-receptionist",
        "title": "Medical Receptionist",
        "sector": "healthcare",
        "summary": (
            "A **medical receptionist** is the first person patients meet at a clinic, "
            "hospital department or dental office. They greet patients, check them in, verify "
            "insurance details, answer the phones and manage the appointment book.\n\n"
            "Because they sit between patients and clinical staff, medical receptionists also "
            "answer questions, pass on messages and keep the waiting room running smoothly. "
            "The job is administrative: they do not provide clinical care."
        ),
        "education": (
            "A high school diploma or equivalent; a short course in medical terminology or "
            "office software helps."
        ),
        "experience": (
            "Usually none is required, though customer service or front-desk experience is valued."
        ),
        "skills": [
            "Appointment scheduling",
            "Insurance verification",
            "Phone manner",
            "Patient privacy",
            "Accurate data entry",
            "Staying calm under pressure",
        ],
        "work_environment": (
            "Medical receptionists work at the front desk of physicians' offices, hospitals, "
            "dental practices and clinics. Peak times can be hectic, with phones ringing while "
            "patients wait to check in. Part-time and shift work are common."
        ),
        # BLS publishes a figure for receptionists in all industries, not for medical ones only.
        "median_salary": 30050,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/ooh/office-and-administrative-support/receptionists.htm",
        "salary_as_of": "2020-05",
        "related": ["medical-assistant", "administrative-assistant", "practice-manager"],
    },
    {
        "slug": "registered-nurse",
        "title": "Registered Nurse",
        "sector": "healthcare",
        "summary": (
            "A **registered nurse (RN)** assesses patients, gives treatments and medications, "
            "watches for changes in their condition and coordinates care with doctors and "
            "other health professionals. RNs also teach patients and families how to manage "
            "an illness and recover at home.\n\n"
            "RNs work in almost every part of healthcare, from intensive care units to "
            "schools, and many specialize in areas such as pediatrics, oncology or emergency "
            "care."
        ),
        "education": (
            "An associate degree in nursing (ADN), a bachelor of science in nursing (BSN) or "
            "an approved diploma, followed by the NCLEX-RN exam and a state license."
        ),
        "experience": (
            "New graduates can be hired straight away, and many hospitals run residency "
            "programs for the first year. Specialty units may ask for one to two years of "
            "general experience."
        ),
        "skills": [
            "Patient assessment",
            "Giving medications safely",
            "Care planning",
            "Clinical documentation",
            "Critical thinking",
            "Emotional resilience",
        ],
        "work_environment": (
            "Most RNs work in hospitals, and many others work in physicians' offices, home "
            "health, nursing homes, schools and outpatient centers. Hospital nurses often work "
            "12-hour shifts that include nights, weekends and holidays. The work is physically "
            "demanding, with lifting and long periods on their feet."
        ),
        "median_salary": 86070,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/ooh/healthcare/registered-nurses.htm",
        "salary_as_of": "2023-05",
        "related": ["nurse-practitioner", "medical-assistant", "healthcare-administrator"],
    },
    {
        "slug": "nurse-practitioner",
        "title": "Nurse Practitioner",
        "sector": "healthcare",
        "summary": (
            "A **nurse practitioner (NP)** is an advanced practice registered nurse who "
            "examines patients, diagnoses conditions, orders and interprets tests, and "
            "prescribes medications and other treatments. Many NPs are a patient's main "
            "primary care provider.\n\n"
            "How independently an NP can work depends on state law: some states give NPs full "
            "practice authority, while others require a collaborative agreement with a "
            "physician. Most NPs focus on one population, such as family, pediatric, "
            "adult-gerontology or psychiatric-mental health care."
        ),
        "education": (
            "A master's (MSN) or doctoral (DNP) degree from an accredited nurse practitioner "
            "program, an RN license, national board certification and a state APRN license."
        ),
        "experience": (
            "Most NPs work as registered nurses for several years before or during graduate "
            "study; supervised clinical hours are part of the degree."
        ),
        "skills": [
            "Diagnosis and treatment planning",
            "Prescribing",
            "Ordering and reading tests",
            "Patient education",
            "Clinical decision-making",
            "Working with physicians",
        ],
        "work_environment": (
            "NPs work in physicians' offices, hospitals, outpatient and community clinics and "
            "retail health clinics, and some run their own practices. Office-based NPs often "
            "keep weekday hours, while those in hospitals or urgent care may work shifts or be "
            "on call."
        ),
        "median_salary": 126260,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/oes/2023/may/oes291171.htm",
        "salary_as_of": "2023-05",
        "related": ["registered-nurse", "healthcare-administrator", "practice-manager"],
    },
    # ------------------------------------------------------------------ business
    {
        "slug": "office-manager",
        "title": "Office Manager",
        "sector": "business",
        "summary": (
            "An **office manager** keeps a workplace running: they organize the administrative "
            "staff, manage supplies and vendors, look after the premises and equipment, and "
            "set up the procedures everyone else relies on. In a small business they may also "
            "handle bookkeeping, payroll paperwork and onboarding new hires.\n\n"
            "The job exists in almost every industry, from law firms to construction "
            "companies. Its scope grows with the organization: in a large office it becomes "
            "more about supervising a team and managing budgets than doing every task "
            "yourself."
        ),
        "education": (
            "A high school diploma at minimum; many employers prefer an associate or "
            "bachelor's degree in business administration or a related field."
        ),
        "experience": (
            "Usually a few years in administrative or clerical jobs, ideally with some "
            "responsibility for supervising others."
        ),
        "skills": [
            "Supervising support staff",
            "Managing vendors and supplies",
            "Basic bookkeeping",
            "Office software",
            "Designing simple processes",
            "Prioritizing",
        ],
        "work_environment": (
            "Office managers work on site in offices of every kind, usually full time during "
            "regular business hours. They are the person everyone turns to when something "
            "goes wrong, so the day is often shaped by interruptions."
        ),
        "median_salary": 49910,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/oes/2020/may/oes431011.htm",
        "salary_as_of": "2020-05",
        "related": [
            "practice-manager",
            "executive-assistant",
            "administrative-assistant",
            "operations-manager",
        ],
    },
    {
        "slug": "executive-assistant",
        "title": "Executive Assistant",
        "sector": "business",
        "summary": (
            "An **executive assistant** gives high-level support to one or more senior "
            "leaders. They manage complicated calendars, arrange travel, prepare briefing "
            "notes and board papers, screen requests, and act as the executive's gatekeeper "
            "and go-between.\n\n"
            "Compared with general administrative roles, executive assistants handle more "
            "confidential information and make more judgment calls, and they may supervise "
            "junior administrative staff."
        ),
        "education": (
            "A high school diploma at minimum, but many employers prefer some college "
            "coursework or a bachelor's degree."
        ),
        "experience": (
            "Typically several years in administrative jobs, with a record of supporting "
            "managers or executives."
        ),
        "skills": [
            "Calendar and travel management",
            "Business writing",
            "Discretion",
            "Meeting and event planning",
            "Anticipating needs",
            "Working with senior stakeholders",
        ],
        "work_environment": (
            "Executive assistants work in corporate offices, universities, nonprofits and "
            "government agencies, usually full time. Their hours follow the executive's "
            "schedule, which can mean early mornings, late evenings or travel. Some roles are "
            "now partly remote."
        ),
        "median_salary": 70310,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/oes/2023/may/oes436011.htm",
        "salary_as_of": "2023-05",
        "related": ["administrative-assistant", "office-manager", "operations-manager"],
    },
    {
        "slug": "administrative-assistant",
        "title": "Administrative Assistant",
        "sector": "business",
        "summary": (
            "An **administrative assistant** handles the routine organizational work that "
            "keeps a team or department moving: answering calls and emails, scheduling "
            "meetings, drafting documents, keeping files in order and ordering supplies.\n\n"
            "It is a common way into office work and exists in nearly every industry. With "
            "experience, administrative assistants often move into executive assistant, "
            "office manager or specialist roles."
        ),
        "education": (
            "A high school diploma or equivalent; office administration courses at a "
            "community college can help."
        ),
        "experience": (
            "Entry-level jobs need little or no experience; most skills are learned on the "
            "job within a few weeks."
        ),
        "skills": [
            "Email and calendar management",
            "Word processing and spreadsheets",
            "Filing and record keeping",
            "Front-desk manner",
            "Attention to detail",
        ],
        "work_environment": (
            "Administrative assistants work in offices of all kinds, including schools, "
            "hospitals, government offices and private companies. Most work full time during "
            "normal business hours, and hybrid arrangements are becoming more common."
        ),
        # BLS: secretaries and administrative assistants, except legal, medical and executive.
        "median_salary": 38850,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/oes/2020/may/oes436014.htm",
        "salary_as_of": "2020-05",
        "related": ["executive-assistant", "office-manager", "medical-receptionist"],
    },
    {
        "slug": "operations-manager",
        "title": "Operations Manager",
        "sector": "business",
        "summary": (
            "An **operations manager** is responsible for how an organization actually "
            "delivers its products or services. They oversee several teams or departments, "
            "set targets, manage budgets and resources, and look for ways to make processes "
            "faster, cheaper or more reliable.\n\n"
            "The job varies by industry: in a warehouse it centers on logistics and "
            "throughput, in a services firm on staffing and client delivery. In every case the "
            "operations manager is accountable for results across more than one function."
        ),
        "education": (
            "Usually a bachelor's degree in business, management, engineering or a field "
            "related to the industry; an MBA helps for senior posts."
        ),
        "experience": "Five or more years of work experience, including managing people, is typical.",
        "skills": [
            "Process improvement",
            "Budgeting and forecasting",
            "Leading teams",
            "Performance reporting",
            "Negotiating with suppliers",
            "Problem-solving",
        ],
        "work_environment": (
            "Operations managers work in offices, plants, warehouses, stores and service "
            "centers. Most work full time and many work more than 40 hours a week. The job "
            "may involve travel between sites."
        ),
        # BLS: general and operations managers.
        "median_salary": 101280,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/oes/2023/may/oes111021.htm",
        "salary_as_of": "2023-05",
        "related": ["office-manager", "project-manager", "healthcare-administrator"],
    },
    {
        "slug": "project-manager",
        "title": "Project Manager",
        "sector": "business",
        "summary": (
            "A **project manager** plans and steers a piece of work that has a set goal, "
            "budget and deadline, such as launching a new system, opening a branch or "
            "delivering a client engagement. They break the work into tasks, build the "
            "schedule, track progress and costs, manage risks and keep everyone informed.\n\n"
            "Project managers rarely do the specialist work themselves. Their job is to "
            "coordinate the people who do it, and to spot problems early enough to fix them."
        ),
        "education": (
            "Typically a bachelor's degree in business, engineering, IT or a related field; "
            "certifications such as the PMP or CAPM are widely recognized."
        ),
        "experience": (
            "Often several years in a related role, such as analyst, engineer or coordinator, "
            "before managing projects. The PMP itself requires documented project experience."
        ),
        "skills": [
            "Scheduling and planning",
            "Risk management",
            "Budget tracking",
            "Stakeholder communication",
            "Agile and waterfall methods",
            "Negotiation",
        ],
        "work_environment": (
            "Project managers usually work in offices or remotely, with occasional travel to "
            "client or project sites. Most work full time, and hours can stretch near major "
            "deadlines."
        ),
        # BLS: project management specialists.
        "median_salary": 98580,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/ooh/business-and-financial/project-management-specialists.htm",
        "salary_as_of": "2023-05",
        "related": ["product-manager", "operations-manager", "business-analyst"],
    },
    {
        "slug": "business-analyst",
        "title": "Business Analyst",
        "sector": "business",
        "summary": (
            "A **business analyst** studies how an organization works and recommends changes "
            "that save money, improve service or support a new system. They interview the "
            "people involved, map processes, gather and write down requirements, and analyze "
            "data to build the case for change.\n\n"
            "Many business analysts sit between business teams and IT, turning needs into "
            "specifications that developers can build. Others work as internal or external "
            "consultants focused on efficiency and how the organization is structured."
        ),
        "education": (
            "A bachelor's degree in business, economics, information systems or a related "
            "field is typical; some employers prefer an MBA."
        ),
        "experience": (
            "Entry-level jobs exist, but many analysts come from operations, finance or IT "
            "roles with a few years of experience."
        ),
        "skills": [
            "Gathering requirements",
            "Process mapping",
            "Data analysis in Excel or SQL",
            "Clear documentation",
            "Running workshops",
            "Critical thinking",
        ],
        "work_environment": (
            "Business analysts work in offices or remotely for companies, consultancies and "
            "government agencies. Most work full time; consultants may travel to client sites "
            "and work longer hours near deadlines."
        ),
        # BLS: management analysts (includes management consultants).
        "median_salary": 87660,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/ooh/business-and-financial/management-analysts.htm",
        "salary_as_of": "2020-05",
        "related": ["data-analyst", "project-manager", "product-manager"],
    },
    {
        "slug": "hr-manager",
        "title": "HR Manager",
        "sector": "business",
        "summary": (
            "A **human resources (HR) manager** plans and oversees how an organization "
            "recruits, pays, develops and supports its people. They set HR policies, advise "
            "leaders on workforce questions, handle serious employee relations cases and make "
            "sure the organization follows employment law.\n\n"
            "In a small company the HR manager may do most HR work personally; in a large one "
            "they lead teams of specialists in recruiting, benefits, training and employee "
            "relations."
        ),
        "education": (
            "A bachelor's degree in human resources, business or a related field; some roles "
            "ask for a master's degree or a certification such as SHRM-CP or PHR."
        ),
        "experience": (
            "Usually five or more years in HR specialist or generalist roles before moving "
            "into management."
        ),
        "skills": [
            "Employment law",
            "Employee relations",
            "Pay and benefits",
            "Workforce planning",
            "Coaching managers",
            "Writing policies",
        ],
        "work_environment": (
            "HR managers work in offices in nearly every industry, usually full time and "
            "sometimes more than 40 hours a week. Those in organizations with several sites "
            "may travel between them."
        ),
        "median_salary": 136350,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/ooh/management/human-resources-managers.htm",
        "salary_as_of": "2023-05",
        "related": ["recruiter", "operations-manager", "office-manager"],
    },
    {
        "slug": "recruiter",
        "title": "Recruiter",
        "sector": "business",
        "summary": (
            "A **recruiter** finds and hires people for open positions. They write job ads, "
            "search databases and networks for candidates, screen applications, run first "
            "interviews, coordinate interviews with hiring managers and negotiate offers.\n\n"
            "In-house recruiters work for one employer, while agency recruiters fill roles for "
            "client companies and are often paid partly on commission. BLS counts recruiters "
            "within the wider human resources specialist occupation."
        ),
        "education": (
            "Often a bachelor's degree in human resources, business, communications or "
            "psychology, though agency recruiting is open to people with strong sales "
            "experience."
        ),
        "experience": (
            "Recruiting coordinator and sourcer jobs need little experience; full-cycle "
            "recruiters typically have one to three years."
        ),
        "skills": [
            "Sourcing candidates",
            "Interviewing",
            "Applicant tracking systems",
            "Negotiation",
            "Building relationships",
            "Employment law basics",
        ],
        "work_environment": (
            "Recruiters work in offices or remotely and spend much of the day on calls and "
            "video interviews. Campus and field recruiters travel to job fairs and "
            "universities. Agency recruiting is fast-paced and driven by targets."
        ),
        # BLS: human resources specialists.
        "median_salary": 63490,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/ooh/business-and-financial/human-resources-specialists.htm",
        "salary_as_of": "2020-05",
        "related": ["hr-manager", "administrative-assistant"],
    },
    # ------------------------------------------------------------------ technology
    {
        "slug": "product-manager",
        "title": "Product Manager",
        "sector": "technology",
        "summary": (
            "A **product manager** decides what a product should do and why. They research "
            "customers' problems, set priorities, write requirements, and work with "
            "engineers, designers and marketing to ship features that meet both user needs "
            "and business goals.\n\n"
            "Product managers own the *what* and the *why* over the whole life of a product, "
            "whereas project managers own the delivery of one particular piece of work. The "
            "title is most common in software and technology companies."
        ),
        "education": (
            "Usually a bachelor's degree; backgrounds in computer science, engineering, "
            "business and design are all common."
        ),
        "experience": (
            "Few people start as product managers. Most move across after several years in "
            "engineering, design, analysis, marketing or customer-facing roles."
        ),
        "skills": [
            "Customer research",
            "Prioritization",
            "Writing requirements",
            "Using product data",
            "Roadmapping",
            "Communicating across teams",
        ],
        "work_environment": (
            "Product managers work in offices or remotely, mostly at technology companies but "
            "increasingly at banks, retailers and healthcare organizations. The day is heavy "
            "on meetings with engineering, design and business teams, and pressure builds "
            "around launches."
        ),
        # BLS does not track product managers as a separate occupation.
        "median_salary": None,
        "related": ["project-manager", "software-engineer", "business-analyst", "data-analyst"],
    },
    {
        "slug": "data-analyst",
        "title": "Data Analyst",
        "sector": "technology",
        "summary": (
            "A **data analyst** turns raw data into answers. They pull data from databases and "
            "spreadsheets, clean it, analyze it and present the findings in reports and "
            "dashboards so that managers can make decisions.\n\n"
            "Typical questions include which products sell best, where customers give up "
            "during sign-up, or how staffing levels affect waiting times. The work is more "
            "about describing and explaining what has happened than building predictive "
            "models."
        ),
        "education": (
            "A bachelor's degree in statistics, mathematics, economics, computer science or "
            "business is common; bootcamps and certificates are an alternative route for "
            "career changers."
        ),
        "experience": (
            "Entry-level jobs are open to graduates who can show SQL and spreadsheet skills, "
            "often through a portfolio of projects."
        ),
        "skills": [
            "SQL",
            "Spreadsheets",
            "Dashboards (Tableau, Power BI)",
            "Basic statistics",
            "Cleaning data",
            "Presenting findings",
        ],
        "work_environment": (
            "Data analysts work in offices or remotely in almost every industry, including "
            "finance, retail, healthcare and government. Most keep regular full-time hours, "
            "with busy spells at month-end or before major reviews."
        ),
        # BLS does not publish a figure for data analysts as a single occupation.
        "median_salary": None,
        "related": ["data-scientist", "business-analyst", "product-manager"],
    },
    {
        "slug": "data-scientist",
        "title": "Data Scientist",
        "sector": "technology",
        "summary": (
            "A **data scientist** uses statistics, programming and machine learning to find "
            "patterns in data and to build models that predict or classify, for example to "
            "forecast demand, detect fraud or recommend products.\n\n"
            "Data scientists spend much of their time preparing data and testing ideas, and "
            "they need to explain their results to people without a technical background. "
            "The role overlaps with data analysis but goes further into modeling and "
            "experiments."
        ),
        "education": (
            "At least a bachelor's degree in a quantitative field such as statistics, "
            "computer science or mathematics; many employers prefer a master's degree or PhD."
        ),
        "experience": (
            "Varies widely; many data scientists start as analysts or researchers and build up "
            "modeling experience over a few years."
        ),
        "skills": [
            "Python or R",
            "Statistics and probability",
            "Machine learning",
            "SQL",
            "Experiment design",
            "Explaining results",
        ],
        "work_environment": (
            "Data scientists work in offices or remotely for technology firms, consultancies, "
            "finance, healthcare and government. Most work full time at a computer, "
            "collaborating with engineers, analysts and business teams."
        ),
        "median_salary": 108020,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/ooh/math/data-scientists.htm",
        "salary_as_of": "2023-05",
        "related": ["data-analyst", "software-engineer", "business-analyst"],
    },
    {
        "slug": "software-engineer",
        "title": "Software Engineer",
        "sector": "technology",
        "summary": (
            "A **software engineer** designs, builds, tests and maintains software, from "
            "mobile apps and websites to operating systems and the back-end services behind "
            "them. They turn requirements into working code, review colleagues' code and fix "
            "problems once a product is in use.\n\n"
            "The job is as much about design and teamwork as writing code: engineers decide "
            "how the parts of a system fit together and weigh speed, cost and reliability "
            "against each other. BLS counts them as software developers."
        ),
        "education": (
            "Usually a bachelor's degree in computer science, software engineering or a "
            "related field, though self-taught and bootcamp-trained engineers are hired too."
        ),
        "experience": (
            "Junior jobs are open to graduates and bootcamp alumni with a portfolio; "
            "internships make a big difference."
        ),
        "skills": [
            "Programming (Python, Java, JavaScript)",
            "Data structures and algorithms",
            "System design",
            "Testing and debugging",
            "Version control with Git",
            "Code review",
        ],
        "work_environment": (
            "Software engineers work in offices or remotely for technology companies, banks, "
            "manufacturers, government and consultancies. Most work full time, and some take "
            "turns on call to deal with production incidents."
        ),
        # BLS: software developers.
        "median_salary": 110140,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/ooh/computer-and-information-technology/software-developers.htm",
        "salary_as_of": "2020-05",
        "related": ["web-developer", "data-scientist", "product-manager"],
    },
    {
        "slug": "web-developer",
        "title": "Web Developer",
        "sector": "technology",
        "summary": (
            "A **web developer** builds and maintains websites and web applications. "
            "Front-end developers create what people see and use in the browser; back-end "
            "developers build the servers, databases and APIs behind it; full-stack "
            "developers do both.\n\n"
            "Web developers also look after speed, accessibility and security, and they "
            "update sites as content and business needs change. Many work freelance or for "
            "agencies that serve several clients."
        ),
        "education": (
            "Anything from a high school diploma plus a strong portfolio to a bachelor's "
            "degree in computer science; an associate degree in web development is common."
        ),
        "experience": (
            "Entry-level jobs are within reach with a portfolio of real projects; freelance "
            "and agency work is a common starting point."
        ),
        "skills": [
            "HTML, CSS and JavaScript",
            "A front-end framework such as React",
            "Responsive design",
            "Web accessibility",
            "APIs and databases",
            "Site performance",
        ],
        "work_environment": (
            "Web developers work in offices, agencies or from home, and a notable share are "
            "self-employed. Most work full time; freelancers juggle several clients and set "
            "their own hours around deadlines."
        ),
        "median_salary": 77200,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/ooh/computer-and-information-technology/web-developers.htm",
        "salary_as_of": "2020-05",
        "related": ["software-engineer", "product-manager"],
    },
    # ------------------------------------------------------------------ education
    {
        "slug": "high-school-teacher",
        "title": "High School Teacher",
        "sector": "education",
        "summary": (
            "A **high school teacher** teaches students in grades 9 to 12, usually "
            "specializing in one or two subjects such as English, math, science or history. "
            "They plan lessons, teach several classes a day, set and grade assignments, and "
            "track each student's progress.\n\n"
            "Beyond the classroom, teachers keep in touch with parents, adapt materials for "
            "students with different needs, and often coach teams or advise clubs. They help "
            "prepare students for college, training or work after graduation."
        ),
        "education": (
            "A bachelor's degree, usually in the subject taught or in education, plus a "
            "teacher preparation program and a state license for public schools."
        ),
        "experience": (
            "Student teaching during the degree is usually the only experience needed for a "
            "first post."
        ),
        "skills": [
            "Lesson planning",
            "Classroom management",
            "Subject knowledge",
            "Assessment and grading",
            "Communicating with parents",
            "Patience",
        ],
        "work_environment": (
            "High school teachers work in public and private schools. They teach during school "
            "hours but often grade and plan in the evenings and on weekends. Most work a "
            "10-month school year with a summer break."
        ),
        "median_salary": 62870,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/ooh/education-training-and-library/high-school-teachers.htm",
        "salary_as_of": "2020-05",
        "related": ["teaching-assistant", "instructional-designer", "school-counselor"],
    },
    {
        "slug": "teaching-assistant",
        "title": "Teaching Assistant",
        "sector": "education",
        "summary": (
            "A **teaching assistant**, also called a teacher assistant, paraprofessional or "
            "teacher's aide, works under the direction of a licensed teacher to give students "
            "extra attention. They go over lessons with small groups or individual students, "
            "help with classroom routines and supervise students at lunch, at recess or on "
            "trips.\n\n"
            "Many teaching assistants work with students who have disabilities or who are "
            "learning English. They do not plan the curriculum; the teacher stays responsible "
            "for what is taught."
        ),
        "education": (
            "Often at least two years of college or an associate degree; schools that receive "
            "federal Title I funds have specific requirements, and some states require a "
            "certificate."
        ),
        "experience": (
            "Usually none; experience with children, for example in childcare or coaching, helps."
        ),
        "skills": [
            "Small-group teaching",
            "Supporting behavior",
            "Patience",
            "Following lesson plans",
            "Record keeping",
        ],
        "work_environment": (
            "Teaching assistants work in public and private schools, childcare centers and "
            "religious organizations. Many work part time, and most do not work during the "
            "summer break. The job involves moving around the classroom and sometimes helping "
            "students with physical needs."
        ),
        # BLS: teacher assistants.
        "median_salary": 27920,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/ooh/education-training-and-library/teacher-assistants.htm",
        "salary_as_of": "2019-05",  # deliberately older figure: shows the "stale salary" flag
        "related": ["high-school-teacher", "school-counselor"],
    },
    {
        "slug": "school-counselor",
        "title": "School Counselor",
        "sector": "education",
        "summary": (
            "A **school counselor** helps students with their academic, social and emotional "
            "development and with planning for life after school. They meet students one to "
            "one and in groups, deal with issues such as poor attendance, bullying or family "
            "problems, and help older students choose courses, colleges and careers.\n\n"
            "School counselors also work closely with teachers, administrators and parents, "
            "and they refer students to outside services when a problem goes beyond what the "
            "school can handle."
        ),
        "education": (
            "Most states require a master's degree in school counseling or a related field "
            "plus a state credential; a few also require teaching experience."
        ),
        "experience": (
            "A supervised internship is part of the master's program; earlier work in schools "
            "or youth services is an advantage."
        ),
        "skills": [
            "Active listening",
            "Individual and group counseling",
            "College and career planning",
            "Crisis response",
            "Confidentiality",
            "Working with families",
        ],
        "work_environment": (
            "School counselors work in elementary, middle and high schools, usually from a "
            "private office where students can talk in confidence. They generally work full "
            "time during the school year, and some work part of the summer."
        ),
        # BLS: school and career counselors and advisors.
        "median_salary": 61710,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/ooh/community-and-social-service/school-and-career-counselors.htm",
        "salary_as_of": "2023-05",
        "related": ["high-school-teacher", "teaching-assistant", "hr-manager"],
    },
    {
        "slug": "instructional-designer",
        "title": "Instructional Designer",
        "sector": "education",
        "summary": (
            "An **instructional designer** plans and builds learning experiences such as "
            "online courses, training programs, workshops and curriculum materials. They work "
            "out what learners need to be able to do, organize content into lessons and "
            "activities, design assessments, and check whether the training works.\n\n"
            "Instructional designers work in schools and universities and, increasingly, in "
            "companies that train their staff or customers. BLS groups them with "
            "instructional coordinators, who oversee curriculum and teaching standards in "
            "school systems."
        ),
        "education": (
            "A bachelor's degree at minimum; a master's degree in instructional design, "
            "educational technology or curriculum and instruction is common, and required for "
            "many school-system coordinator posts."
        ),
        "experience": (
            "Many come from teaching or corporate training; school-based instructional "
            "coordinators often need several years of teaching or administrative experience."
        ),
        "skills": [
            "Course and objective design",
            "E-learning authoring tools",
            "Assessment design",
            "Writing for learners",
            "Working with subject experts",
            "Evaluating training",
        ],
        "work_environment": (
            "Instructional designers work in school districts, colleges, government agencies "
            "and corporate learning teams. Many roles are office-based or remote and follow a "
            "year-round schedule rather than the school calendar."
        ),
        # BLS: instructional coordinators.
        "median_salary": 66290,
        "salary_source": BLS,
        "salary_source_url": "https://www.bls.gov/ooh/education-training-and-library/instructional-coordinators.htm",
        "salary_as_of": "2019-05",  # deliberately older figure: shows the "stale salary" flag
        "related": ["high-school-teacher", "school-counselor", "project-manager"],
    },
]

# Official occupation codes (2018 SOC) the demo roles fall under, so that `import_oews` matches
# them. Product managers and data analysts have no occupation of their own in OEWS.
SOC_CODES = {
    "practice-manager": "11-9111",  # Medical and Health Services Managers
    "healthcare-administrator": "11-9111",
    "medical-assistant": "31-9092",
    "medical-receptionist": "43-4171",  # Receptionists and Information Clerks
    "registered-nurse": "29-1141",
    "nurse-practitioner": "29-1171",
    "office-manager": "43-1011",  # First-Line Supervisors of Office and Admin. Support Workers
    "executive-assistant": "43-6011",
    "administrative-assistant": "43-6014",
    "operations-manager": "11-1021",  # General and Operations Managers
    "project-manager": "13-1082",  # Project Management Specialists
    "business-analyst": "13-1111",  # Management Analysts
    "hr-manager": "11-3121",
    "recruiter": "13-1071",  # Human Resources Specialists
    "data-scientist": "15-2051",
    "software-engineer": "15-1252",  # Software Developers
    "web-developer": "15-1254",
    "high-school-teacher": "25-2031",
    "teaching-assistant": "25-9042",
    "school-counselor": "21-1012",  # Educational, Guidance, and Career Counselors and Advisors
    "instructional-designer": "25-9031",  # Instructional Coordinators
}
