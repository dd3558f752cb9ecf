"""Demo comparison articles for Career Compare.

Pure data, loaded by demo.loader. "Salary" sections quote figures only through role-fact
placeholders ({{ a.salary }}, {{ b.salary_period }}), so the text always shows the roles'
current figures, also after an import of official wages (or the section says there is none).
The first twelve entries are published; the last four fill the editors' review queue.
"""

COMPARISONS = [
    # ================================================================ 1
    {
        "slug": "practice-manager-vs-office-manager",
        "role_a": "practice-manager",
        "role_b": "office-manager",
        "title": "Practice Manager vs. Office Manager: What's the Difference?",
        "lead": (
            "Both keep an office running, but a practice manager does it inside a medical, "
            "dental or veterinary practice, with billing, patient privacy and clinicians to "
            "think about. Here is how the two jobs differ in duties, training and pay."
        ),
        "intro": (
            "If you are good at organizing people, paperwork and budgets, both of these jobs "
            "will look familiar. An office manager and a practice manager each make sure the "
            "phones get answered, the bills get paid and the staff know what they are doing.\n\n"
            "The difference is the setting. A practice manager works in healthcare, so the job "
            "adds insurance billing, patient privacy rules and the needs of clinicians to the "
            "usual office work. That extra layer changes the training you need, the pressure "
            "you work under and, on average, the pay."
        ),
        "tags": ["management", "healthcare administration", "office administration"],
        "author": "editor",
        "state": "published",
        "published": "2026-03-14",
        "sections": [
            {
                "kind": "duties",
                "heading": "Duties and responsibilities",
                "body": (
                    "Much of the daily work overlaps. Both roles supervise support staff, "
                    "manage supplies and vendors, keep records in order and deal with whatever "
                    "breaks. The differences come from what the office is for.\n\n"
                    "**A practice manager** typically:\n\n"
                    "- oversees scheduling, check-in and the flow of patients through the clinic\n"
                    "- monitors billing, coding and insurance claims, and follows up on denied claims\n"
                    "- makes sure the practice follows HIPAA and other healthcare regulations\n"
                    "- plans staffing so that each clinic session has the right mix of nurses, "
                    "assistants and front-desk staff\n\n"
                    "**An office manager** typically:\n\n"
                    "- runs administrative processes such as filing, mail, travel booking and purchasing\n"
                    "- handles bookkeeping tasks, payroll paperwork and supplier invoices\n"
                    "- organizes onboarding for new employees and keeps office policies up to date\n"
                    "- looks after the premises, equipment and IT support contracts\n\n"
                    "In short, the practice manager's work revolves around patients and "
                    "clinicians; the office manager's revolves around the business and its "
                    "employees."
                ),
                "verdict": (
                    "Both roles run the back office, but a practice manager also answers for "
                    "patient flow, medical billing and healthcare compliance."
                ),
            },
            {
                "kind": "requirements",
                "heading": "Education and experience",
                "body": (
                    "Neither job has a single required qualification, but employers set the "
                    "bar differently.\n\n"
                    "Office managers can often start with a high school diploma plus several "
                    "years of administrative experience. An associate or bachelor's degree in "
                    "business administration helps, particularly in larger organizations, but "
                    "many office managers are promoted from receptionist or administrative "
                    "assistant jobs.\n\n"
                    "Practice managers are more often expected to hold a bachelor's degree in "
                    "healthcare administration, business or a related field. Just as important "
                    "is experience inside a medical office: employers want someone who already "
                    "understands medical terminology, insurance billing and electronic health "
                    "records. Many practice managers started as medical receptionists, billing "
                    "specialists or medical assistants and moved up.\n\n"
                    "Optional credentials help in both fields. Office managers may take "
                    "certificates in office administration or bookkeeping, while practice "
                    "managers can work toward healthcare-specific credentials such as the "
                    "Certified Medical Practice Executive (CMPE) from MGMA."
                ),
                "verdict": (
                    "An office manager can get in on experience alone; a practice manager "
                    "usually needs medical-office experience and, increasingly, a degree."
                ),
            },
            {
                "kind": "environment",
                "heading": "Work environment",
                "body": (
                    "Office managers work in almost every kind of organization: law firms, "
                    "accountants, construction companies, nonprofits and tech start-ups. The "
                    "setting is usually an ordinary office with regular weekday hours, and the "
                    "atmosphere depends largely on the business.\n\n"
                    "Practice managers work in physicians' offices, dental practices, "
                    "outpatient clinics and veterinary hospitals. The office is attached to a "
                    "clinical space, so the day is shaped by appointment slots, patient "
                    "questions and the occasional emergency. Clinics that open early, late or "
                    "on Saturdays may need the practice manager on site at those times.\n\n"
                    "Both jobs involve constant interruptions, but the stakes feel different. A "
                    "mistake in an ordinary office might delay an invoice; in a medical "
                    "practice it can affect a patient's care or cause a compliance problem. "
                    "People who do well as practice managers tend to be comfortable with that "
                    "extra responsibility and with working alongside clinicians who are under "
                    "time pressure themselves."
                ),
                "verdict": (
                    "Office managers can choose from a wider range of industries; practice "
                    "managers work in a busier, more regulated clinical setting."
                ),
            },
            {
                "kind": "skills",
                "heading": "Key skills",
                "body": (
                    "Both jobs call for the same core of organization, communication and "
                    "problem-solving, plus a few skills specific to each.\n\n"
                    "**Shared skills**\n\n"
                    "- planning and prioritizing several tasks at once\n"
                    "- supervising and motivating a small team\n"
                    "- keeping budgets and records accurate\n"
                    "- handling complaints calmly\n\n"
                    "**More important for practice managers**\n\n"
                    "- understanding medical billing, coding and insurance rules\n"
                    "- applying patient privacy requirements in daily work\n"
                    "- using practice management and electronic health record software\n\n"
                    "**More important for office managers**\n\n"
                    "- general bookkeeping and payroll administration\n"
                    "- managing facilities, equipment and vendors in different kinds of business\n"
                    "- adapting office processes to the needs of a particular industry\n\n"
                    "If you are moving from office management into a medical practice, billing "
                    "and compliance are the gaps to close first. Moving the other way is easier, "
                    "because most of a practice manager's skills are useful in any office."
                ),
                "verdict": (
                    "The core skills overlap heavily; knowledge of healthcare billing and "
                    "privacy rules is what sets practice managers apart."
                ),
            },
            {
                "kind": "salary",
                "heading": "Salary",
                "body": (
                    "According to the U.S. Bureau of Labor Statistics (BLS), the median annual wage"
                    " was **{{ a.salary }}** for practice managers ({{ a.salary_period }}) and **{{"
                    " b.salary }}** for office managers ({{ b.salary_period }}).\n\n"
                    "The difference reflects the extra knowledge and responsibility that come with "
                    "healthcare: billing rules, regulatory compliance and often larger budgets. Pay"
                    " in both jobs varies a lot with location, the size of the organization and "
                    "experience. A practice manager in a small rural clinic may earn less than an "
                    "office manager at a large law firm in a big city.\n\n"
                    "Keep in mind that a median describes the middle of the range, not what you "
                    "will be offered, and that these figures are several years old. Check recent "
                    "local job postings and salary surveys before you negotiate."
                ),
                "verdict": (
                    "Practice managers earn more at the median ({{ a.salary }} vs. {{ b.salary }}),"
                    " largely because of the healthcare knowledge the job requires."
                ),
            },
            {
                "kind": "custom",
                "heading": "Which one should you choose?",
                "body": (
                    "Choose **office management** if you want flexibility about where you work. "
                    "The skills transfer between industries, and you can move from a law firm "
                    "to a nonprofit to a manufacturer without retraining.\n\n"
                    "Choose **practice management** if you are drawn to healthcare and do not "
                    "mind learning its rules. The route in often starts with a front-desk, "
                    "billing or medical assistant job, and the median pay is higher.\n\n"
                    "If you are already an office manager, moving into a medical practice is a "
                    "realistic step. Take a course in medical billing and coding or in "
                    "healthcare compliance, and look for assistant practice manager jobs in "
                    "clinics to build the experience employers ask for. Talking to a practice "
                    "manager about a typical week is also a quick way to test whether the "
                    "clinical setting suits you."
                ),
                "verdict": (
                    "Pick office management for breadth and portability, practice management "
                    "for a healthcare career with higher median pay."
                ),
            },
        ],
        "links": [
            {
                "after": 1,
                "label": "Related: Office Manager vs. Executive Assistant",
                "comparison": "office-manager-vs-executive-assistant",
            },
            {"after": 3, "label": "What does a medical assistant do?", "role": "medical-assistant"},
            {
                "after": 5,
                "label": "BLS Occupational Outlook Handbook: Medical and Health Services Managers",
                "url": "https://www.bls.gov/ooh/management/medical-and-health-services-managers.htm",
            },
        ],
    },
    # ================================================================ 2
    {
        "slug": "office-manager-vs-executive-assistant",
        "role_a": "office-manager",
        "role_b": "executive-assistant",
        "title": "Office Manager vs. Executive Assistant: What's the Difference?",
        "lead": (
            "An office manager looks after a whole workplace; an executive assistant looks "
            "after one or two senior leaders. We compare duties, requirements, working life "
            "and pay to help you decide which path suits you."
        ),
        "intro": (
            "Office managers and executive assistants are often the most organized people in "
            "the building, and the two roles are easily confused. Both juggle calendars, "
            "suppliers and paperwork, and both need tact.\n\n"
            "The difference is who they serve. An office manager is responsible for how the "
            "office as a whole runs. An executive assistant is responsible for making one "
            "executive, or a small leadership team, as effective as possible."
        ),
        "tags": ["office administration", "management", "career change"],
        "author": "writer",
        "state": "published",
        "published": "2025-11-04",
        "sections": [
            {
                "kind": "duties",
                "heading": "Duties and responsibilities",
                "body": (
                    "**Office managers** focus on the workplace and the people in it:\n\n"
                    "- supervising receptionists and administrative staff\n"
                    "- setting up office procedures, filing systems and policies\n"
                    "- ordering supplies and managing contracts for cleaning, IT or equipment\n"
                    "- handling basic bookkeeping, expenses and payroll paperwork\n"
                    "- organizing onboarding and office moves\n\n"
                    "**Executive assistants** focus on their executive's time and priorities:\n\n"
                    "- managing a complicated calendar that changes constantly\n"
                    "- arranging domestic and international travel\n"
                    "- preparing agendas, briefing notes, presentations and board papers\n"
                    "- screening calls, emails and meeting requests\n"
                    "- following up on actions agreed in meetings\n\n"
                    "In small companies one person may do both jobs. In larger organizations "
                    "the roles separate clearly: the office manager looks after the place, the "
                    "executive assistant looks after the leader. Titles are not used consistently, so read the duties listed in a job ad before you decide whether it suits you."
                ),
                "verdict": (
                    "Office managers run the office as a whole; executive assistants run an "
                    "executive's schedule, correspondence and priorities."
                ),
            },
            {
                "kind": "requirements",
                "heading": "Education and experience",
                "body": (
                    "Both jobs are open to people without a degree, but experience matters a "
                    "great deal.\n\n"
                    "Office managers typically have several years in administrative roles, "
                    "often with some supervisory responsibility. A high school diploma is the "
                    "minimum; an associate or bachelor's degree in business helps with larger "
                    "employers.\n\n"
                    "Executive assistants also tend to have several years of administrative "
                    "experience, usually supporting managers before they move up to senior "
                    "executives. Many employers prefer some college education or a bachelor's "
                    "degree, especially for jobs supporting a chief executive, where the "
                    "assistant may draft correspondence on the leader's behalf.\n\n"
                    "Certifications are optional for both. The Certified Administrative "
                    "Professional (CAP) credential from the International Association of "
                    "Administrative Professionals is recognized on both paths, and office "
                    "managers sometimes add bookkeeping or facilities courses."
                ),
                "verdict": (
                    "Entry requirements are similar; executive assistants are more often asked "
                    "for a degree and a record of supporting senior people."
                ),
            },
            {
                "kind": "environment",
                "heading": "Work environment",
                "body": (
                    "Office managers are usually based on site, because much of the job "
                    "involves the physical office: deliveries, equipment, visitors and staff. "
                    "Hours are generally regular, though office moves or audits can mean long "
                    "days.\n\n"
                    "Executive assistants keep their executive's hours, which can be irregular. "
                    "An early flight, a late board meeting or a problem in another time zone "
                    "often means the assistant is working too. Some assistants travel with "
                    "their executive; others support them remotely, and hybrid arrangements are "
                    "now common.\n\n"
                    "The relationships differ as well. An office manager deals with everyone in "
                    "the building and often supervises a team. An executive assistant works "
                    "very closely with one person, sees confidential information every day and "
                    "needs to earn a high level of trust."
                ),
                "verdict": (
                    "Office managers have more predictable, on-site days; executive assistants "
                    "trade some predictability for a place close to senior decision-making."
                ),
            },
            {
                "kind": "skills",
                "heading": "Key skills",
                "body": (
                    "Both roles need excellent organization and written communication. Beyond "
                    "that, the emphasis shifts.\n\n"
                    "**Office managers** need:\n\n"
                    "- people management and delegation\n"
                    "- budgeting and negotiating with vendors\n"
                    "- practical problem-solving with facilities and equipment\n"
                    "- designing processes that others can follow\n\n"
                    "**Executive assistants** need:\n\n"
                    "- judgment about what to escalate and what to handle alone\n"
                    "- discretion with confidential information\n"
                    "- polished writing for letters, briefs and presentations\n"
                    "- the ability to anticipate needs before anyone mentions them\n\n"
                    "Strong executive assistants often build a detailed understanding of their "
                    "organization's strategy, which can open doors to chief-of-staff or "
                    "operations roles. Office managers build management experience that leads "
                    "naturally to operations or facilities management. Whichever you choose, a reputation for reliability and discretion will follow you from one job to the next."
                ),
                "verdict": (
                    "Office managers lean on leadership and process skills; executive "
                    "assistants on judgment, discretion and anticipation."
                ),
            },
            {
                "kind": "salary",
                "heading": "Salary",
                "body": (
                    "Figures from the U.S. Bureau of Labor Statistics (BLS) point to higher pay for"
                    " executive assistants. The median annual wage for executive secretaries and "
                    "executive administrative assistants was **{{ b.salary }}** in {{ "
                    "b.salary_period }}. For office managers, the median we list is **{{ a.salary "
                    "}}**, from {{ a.salary_period }}.\n\n"
                    "Where the two figures describe different years, part of the gap reflects "
                    "general wage growth rather than a difference between the jobs. Even allowing "
                    "for that, assistants to senior leaders tend to be well paid, since the role "
                    "concentrates responsibility and confidential work in one person.\n\n"
                    "Pay for both jobs rises with the size of the organization and the seniority of"
                    " the people supported. An office manager at a large firm in a major city can "
                    "out-earn an executive assistant at a small local business, so compare specific"
                    " offers rather than national medians."
                ),
                "verdict": (
                    "Executive assistants earned more at the median ({{ b.salary }} in {{ "
                    "b.salary_period }}, vs. {{ a.salary }} for office managers in {{ "
                    "a.salary_period }})."
                ),
            },
        ],
        "links": [
            {
                "after": 2,
                "label": "What does an administrative assistant do?",
                "role": "administrative-assistant",
            },
            {
                "after": 4,
                "label": "Related: Practice Manager vs. Office Manager",
                "comparison": "practice-manager-vs-office-manager",
            },
            {
                "after": 5,
                "label": "BLS Occupational Outlook Handbook: Secretaries and Administrative Assistants",
                "url": "https://www.bls.gov/ooh/office-and-administrative-support/secretaries-and-administrative-assistants.htm",
            },
        ],
    },
    # ================================================================ 3
    {
        "slug": "nurse-practitioner-vs-registered-nurse",
        "role_a": "nurse-practitioner",
        "role_b": "registered-nurse",
        "title": "Nurse Practitioner vs. Registered Nurse: What's the Difference?",
        "lead": (
            "Every nurse practitioner is a registered nurse first, but the two jobs differ in "
            "clinical authority, education and pay. We compare what each does day to day and "
            "what it takes to move from RN to NP."
        ),
        "intro": (
            "Registered nurses are the backbone of most healthcare teams. Nurse practitioners "
            "are registered nurses who have gone on to graduate study and taken on "
            "responsibilities that overlap with those of physicians.\n\n"
            "If you are an RN wondering whether graduate school is worth it, or a student "
            "choosing between the two routes, the key questions are how much clinical "
            "authority you want, how long you are willing to study and how you prefer to work "
            "with patients."
        ),
        "tags": ["nursing", "clinical care", "healthcare careers"],
        "author": "editor",
        "state": "published",
        "published": "2025-06-17",
        "sections": [
            {
                "kind": "duties",
                "heading": "Duties and responsibilities",
                "body": (
                    "**Registered nurses** deliver and coordinate hands-on care:\n\n"
                    "- assessing patients and recording symptoms and vital signs\n"
                    "- giving medications and treatments ordered by a provider\n"
                    "- monitoring patients and reporting changes\n"
                    "- teaching patients and families about conditions and discharge plans\n"
                    "- supervising licensed practical nurses and nursing assistants\n\n"
                    "**Nurse practitioners** act as providers:\n\n"
                    "- taking histories and performing physical examinations\n"
                    "- diagnosing acute and chronic conditions\n"
                    "- ordering and interpreting lab tests and imaging\n"
                    "- prescribing medications and other treatments\n"
                    "- looking after a group of patients over time, often in primary care\n\n"
                    "The simplest way to see the difference: an RN usually carries out a plan "
                    "of care, while an NP usually writes it. How independently NPs can do this "
                    "depends on the state; some states require a formal collaborative agreement "
                    "with a physician."
                ),
                "verdict": (
                    "RNs deliver and monitor care; NPs diagnose, prescribe and manage "
                    "patients' treatment plans."
                ),
            },
            {
                "kind": "requirements",
                "heading": "Education and licensing",
                "body": (
                    "To become a **registered nurse** you need an associate degree in nursing "
                    "(ADN), a bachelor of science in nursing (BSN) or an approved diploma. You "
                    "then pass the NCLEX-RN exam and obtain a state license. An ADN takes about "
                    "two years and a BSN about four, and many hospitals now prefer or require "
                    "a BSN.\n\n"
                    "To become a **nurse practitioner** you must already be an RN. You then "
                    "complete a master's (MSN) or doctor of nursing practice (DNP) program with "
                    "a nurse practitioner focus, pass a national certification exam for your "
                    "patient population and obtain a state advanced practice license. Graduate "
                    "programs include hundreds of supervised clinical hours.\n\n"
                    "In practice, the NP route adds roughly two to four years of study after a "
                    "BSN, and most students work as RNs before or during their program. That "
                    "experience is valued by admissions committees and makes the step up to "
                    "provider responsibilities smoother."
                ),
                "verdict": (
                    "RN licensure can take as little as two years; becoming an NP adds a "
                    "graduate degree and national certification on top."
                ),
            },
            {
                "kind": "environment",
                "heading": "Work environment",
                "body": (
                    "Most **registered nurses** work in hospitals, where care runs around the "
                    "clock. That usually means 12-hour shifts that include nights, weekends and "
                    "holidays, especially early in a career. RNs also work in physicians' "
                    "offices, home health, schools, nursing homes and outpatient centers, where "
                    "hours are more regular.\n\n"
                    "**Nurse practitioners** are more often based in physicians' offices, "
                    "outpatient clinics and community health centers, with days organized "
                    "around appointments. NPs in hospitals, emergency departments or urgent "
                    "care may still work shifts and be on call.\n\n"
                    "Both jobs are demanding in different ways. Bedside nursing is physically "
                    "tiring, with lifting and long hours on your feet. NP work is less physical "
                    "but carries the weight of diagnostic and prescribing decisions, as well as "
                    "a larger share of documentation."
                ),
                "verdict": (
                    "RN work is more likely to involve shifts and physical strain; NP work is "
                    "more often clinic-based but carries more decision-making responsibility."
                ),
            },
            {
                "kind": "skills",
                "heading": "Key skills",
                "body": (
                    "Both roles rely on clinical judgment, communication and compassion. The NP "
                    "role adds a provider's skill set.\n\n"
                    "**Core nursing skills (both roles)**\n\n"
                    "- systematic patient assessment\n"
                    "- safe medication practice\n"
                    "- clear, complete documentation\n"
                    "- explaining care to patients and families\n\n"
                    "**Additional skills for nurse practitioners**\n\n"
                    "- working through possible diagnoses to reach the most likely one\n"
                    "- pharmacology at prescribing level\n"
                    "- interpreting test results and imaging reports\n"
                    "- planning the long-term management of chronic conditions\n\n"
                    "**Skills RNs use more intensively**\n\n"
                    "- coordinating care across shifts and professions\n"
                    "- spotting early signs of deterioration at the bedside\n"
                    "- managing a heavy, fast-changing patient load\n\n"
                    "Many NPs say their years as RNs taught them the observation and "
                    "communication skills they still rely on as providers. If you are planning the move, a pharmacology refresher before graduate school makes the first semester easier."
                ),
                "verdict": (
                    "NPs build on the RN skill set with diagnosis, prescribing and long-term "
                    "patient management."
                ),
            },
            {
                "kind": "salary",
                "heading": "Salary",
                "body": (
                    "U.S. Bureau of Labor Statistics (BLS) data show a median annual wage of **{{ "
                    "a.salary }}** for nurse practitioners ({{ a.salary_period }}) and **{{ "
                    "b.salary }}** for registered nurses ({{ b.salary_period }}).\n\n"
                    "That premium reflects the graduate education and the provider-level "
                    "responsibility NPs take on. Weigh it against the cost of a master's or "
                    "doctoral program and any income you give up while studying, although many RNs "
                    "keep working part time or use tuition support from their employer.\n\n"
                    "For both jobs, pay varies widely by state, setting and specialty. RNs can "
                    "raise their earnings through overtime, shift differentials and specialty "
                    "certifications, while NPs in some specialties and high-demand regions earn "
                    "well above the median. Before committing, compare the extra earnings with the "
                    "total cost of the degree and how long it would take to pay it back."
                ),
                "verdict": (
                    "Nurse practitioners earned a median of {{ a.salary }}, well above registered "
                    "nurses ({{ b.salary }})."
                ),
            },
            {
                "kind": "custom",
                "heading": "Is it worth moving from RN to NP?",
                "body": (
                    "Moving from RN to NP makes the most sense if you want to diagnose and "
                    "treat patients yourself, prefer seeing the same patients over time, and can "
                    "commit to two to four more years of study.\n\n"
                    "Staying an RN may suit you better if you enjoy bedside or specialty "
                    "nursing, value flexible shift patterns, or would rather move into nurse "
                    "leadership or education. There are also other advanced paths, such as "
                    "clinical nurse specialist or nurse educator roles, that do not involve "
                    "becoming a provider.\n\n"
                    "Before you apply to a program, talk to NPs in the specialty you are "
                    "considering and, if you can, shadow one for a day. Ask how much of their "
                    "week goes on documentation and how much independence their state allows. "
                    "Those two answers shape the job more than the job title does."
                ),
                "verdict": (
                    "Go for NP if you want provider responsibility and are ready for graduate "
                    "school; stay an RN if bedside nursing or leadership suits you better."
                ),
            },
        ],
        "links": [
            {"after": 2, "label": "What does a registered nurse do?", "role": "registered-nurse"},
            {
                "after": 4,
                "label": "Related: Medical Assistant vs. Registered Nurse",
                "comparison": "medical-assistant-vs-registered-nurse",
            },
            {
                "after": 5,
                "label": "BLS Occupational Outlook Handbook: Nurse Anesthetists, Nurse Midwives, and Nurse Practitioners",
                "url": "https://www.bls.gov/ooh/healthcare/nurse-anesthetists-nurse-midwives-and-nurse-practitioners.htm",
            },
        ],
    },
    # ================================================================ 4
    {
        "slug": "data-analyst-vs-business-analyst",
        "role_a": "data-analyst",
        "role_b": "business-analyst",
        "title": "Data Analyst vs. Business Analyst: What's the Difference?",
        "lead": (
            "Both jobs involve analysis, but a data analyst starts from the numbers while a "
            "business analyst starts from the process. Here is how duties, skills, entry "
            "routes and pay compare."
        ),
        "intro": (
            "Job boards often list data analyst and business analyst openings side by side, "
            "and some employers use the titles loosely. In many organizations, though, they "
            "are distinct jobs with different daily work.\n\n"
            "A data analyst is mainly concerned with querying, cleaning and interpreting data. "
            "A business analyst is mainly concerned with how the organization works and how it "
            "should change, using data as one source of evidence among several."
        ),
        "tags": ["data", "analytics", "career change"],
        "author": "writer",
        "state": "published",
        "published": "2025-09-23",
        "sections": [
            {
                "kind": "duties",
                "heading": "Duties and responsibilities",
                "body": (
                    "**Data analysts** typically:\n\n"
                    "- write SQL queries to pull data from databases\n"
                    "- clean and combine data from different sources\n"
                    "- build dashboards and recurring reports\n"
                    "- answer specific questions, such as why sales dropped in one region\n"
                    "- check data quality and flag problems\n\n"
                    "**Business analysts** typically:\n\n"
                    "- interview stakeholders to understand a problem or need\n"
                    "- map current processes and design better ones\n"
                    "- write requirements and user stories for new systems\n"
                    "- compare options and build the business case for change\n"
                    "- support testing and roll-out of new processes or software\n\n"
                    "The two often work together. A business analyst might ask a data analyst "
                    "to measure how long orders take at each step, then use the results to "
                    "redesign the order process and explain the change to the teams affected."
                ),
                "verdict": (
                    "Data analysts answer questions with data; business analysts define "
                    "problems and design changes to processes and systems."
                ),
            },
            {
                "kind": "requirements",
                "heading": "Education and experience",
                "body": (
                    "Employers usually ask for a bachelor's degree for both roles, but the "
                    "preferred subjects differ.\n\n"
                    "For **data analysts**, degrees in statistics, mathematics, economics, "
                    "computer science or another quantitative field are most common. What really "
                    "counts is demonstrable skill: a portfolio of projects using SQL, "
                    "spreadsheets and a visualization tool often carries more weight than the "
                    "title of the degree. Bootcamps and online certificates are a common route "
                    "for career changers.\n\n"
                    "For **business analysts**, degrees in business, information systems or "
                    "economics are typical. Many business analysts arrive after a few years in "
                    "operations, finance, customer service or IT, bringing knowledge of how the "
                    "business actually works. Certifications, such as those from the "
                    "International Institute of Business Analysis (IIBA), can help but are "
                    "rarely required for entry-level jobs."
                ),
                "verdict": (
                    "Data analysts are hired mainly on technical skill; business analysts on "
                    "domain knowledge and communication, often after time in another role."
                ),
            },
            {
                "kind": "environment",
                "heading": "Work environment",
                "body": (
                    "Both roles are office-based or remote, usually full time, and found in "
                    "nearly every industry, including finance, retail, healthcare, government "
                    "and technology.\n\n"
                    "A **data analyst's** day is spent largely at the keyboard: writing "
                    "queries, checking results and building charts. Meetings tend to be short "
                    "and focused on pinning down what someone needs to know. Deadlines cluster "
                    "around reporting cycles, such as month-end.\n\n"
                    "A **business analyst's** day involves more meetings and workshops, because "
                    "the job depends on understanding many people's points of view. Business "
                    "analysts on large projects may travel to other sites or client offices, and "
                    "their workload follows project milestones.\n\n"
                    "If you prefer long stretches of focused work with data, the data analyst "
                    "role usually offers more of it. If you enjoy running discussions and "
                    "connecting people, the business analyst role is likely to feel more natural."
                ),
                "verdict": (
                    "Data analysts spend more time on focused technical work; business analysts "
                    "spend more time with stakeholders."
                ),
            },
            {
                "kind": "skills",
                "heading": "Key skills",
                "body": (
                    "**Data analysts** need:\n\n"
                    "- strong SQL and spreadsheet skills\n"
                    "- a visualization tool such as Tableau or Power BI\n"
                    "- basic statistics and, increasingly, Python or R\n"
                    "- patience and care when cleaning and checking data\n\n"
                    "**Business analysts** need:\n\n"
                    "- requirements gathering and documentation\n"
                    "- process modeling, for example with flowcharts or BPMN\n"
                    "- facilitation and negotiation\n"
                    "- enough data literacy to interpret and question analysis\n\n"
                    "Both roles need critical thinking and the ability to explain findings to "
                    "people without a technical background. Business analysts benefit from "
                    "learning SQL; data analysts benefit from understanding how the business "
                    "makes decisions. The overlap is large enough that people often move "
                    "between the two jobs during their careers. Learning a little of the other role's toolkit is one of the best investments either kind of analyst can make."
                ),
                "verdict": (
                    "Data analysts lead on technical data skills, business analysts on "
                    "facilitation and requirements; each gains from learning the other's."
                ),
            },
            {
                "kind": "salary",
                "heading": "Salary",
                "body": (
                    "The U.S. Bureau of Labor Statistics (BLS) does not publish a separate figure "
                    "for data analysts, so we give no median salary for that role. Depending on the"
                    " job, data analysts may be counted under several BLS occupations, which makes "
                    "any single national figure misleading.\n\n"
                    "For business analysts, the closest BLS occupation is management analysts, "
                    "whose median annual wage was **{{ b.salary }}** in {{ b.salary_period }}. That"
                    " category includes management consultants, so it covers some highly paid "
                    "positions as well as entry-level analysts.\n\n"
                    "In practice, pay for both roles depends on industry, location and how "
                    "technical the job is. Data analyst jobs that require programming or advanced "
                    "statistics tend to pay more than jobs focused on routine reporting. Check "
                    "salary surveys and job postings in your region for a realistic picture."
                ),
                "verdict": (
                    "BLS gives no figure for data analysts; for business analysts (management "
                    "analysts) the {{ b.salary_period }} median was {{ b.salary }}."
                ),
            },
        ],
        "links": [
            {
                "after": 1,
                "label": "Related: Data Scientist vs. Data Analyst",
                "comparison": "data-scientist-vs-data-analyst",
            },
            {"after": 3, "label": "What does a business analyst do?", "role": "business-analyst"},
            {
                "after": 5,
                "label": "BLS Occupational Outlook Handbook: Management Analysts",
                "url": "https://www.bls.gov/ooh/business-and-financial/management-analysts.htm",
            },
        ],
    },
    # ================================================================ 5
    {
        "slug": "software-engineer-vs-web-developer",
        "role_a": "software-engineer",
        "role_b": "web-developer",
        "title": "Software Engineer vs. Web Developer: What's the Difference?",
        "lead": (
            "Web developers build websites and web apps; software engineers build software of "
            "every kind, from mobile apps to the systems behind them. We compare the work, the "
            "routes in and the BLS pay figures."
        ),
        "intro": (
            "These jobs overlap a lot: many software engineers build web applications, and many "
            "web developers write serious back-end code. Job titles also vary from one company "
            "to the next.\n\n"
            "Still, the typical paths differ. Web development centers on the browser and the "
            "services that support websites, and it has more routes in without a degree. "
            "Software engineering covers a wider range of systems and more often involves "
            "formal computer science training and large-scale design."
        ),
        "tags": ["software development", "tech careers"],
        "author": "editor",
        "state": "published",
        "published": "2025-04-08",
        "sections": [
            {
                "kind": "duties",
                "heading": "Duties and responsibilities",
                "body": (
                    "**Web developers** typically:\n\n"
                    "- build page layouts and interactive features with HTML, CSS and JavaScript\n"
                    "- turn designers' mock-ups into working pages that adapt to any screen\n"
                    "- connect front ends to content management systems, databases and APIs\n"
                    "- tune sites for speed, search engines and accessibility\n"
                    "- maintain and update existing sites for clients or employers\n\n"
                    "**Software engineers** typically:\n\n"
                    "- design the architecture of applications and services\n"
                    "- write and review code in languages such as Java, Python, C# or Go\n"
                    "- build systems that must cope with many users or large amounts of data\n"
                    "- write automated tests and monitor software in production\n"
                    "- work on platforms beyond the web, such as mobile, desktop or embedded devices\n\n"
                    "A full-stack web developer at a product company may do much the same work as "
                    "a software engineer. The distinction is clearest at the extremes: a freelance "
                    "developer building small-business websites versus an engineer designing "
                    "systems that run across many servers."
                ),
                "verdict": (
                    "Web developers specialize in websites and web apps; software engineers "
                    "design and build software systems for many platforms."
                ),
            },
            {
                "kind": "requirements",
                "heading": "Education and experience",
                "body": (
                    "**Web development** has some of the most flexible routes in tech. "
                    "Employers hire people with a bachelor's degree, an associate degree, a "
                    "bootcamp certificate or no formal credential at all, provided they can show "
                    "a strong portfolio. Freelance and agency work is a common first step.\n\n"
                    "**Software engineering** more often asks for a bachelor's degree in "
                    "computer science, software engineering or a related field, especially at "
                    "larger companies. Self-taught and bootcamp-trained engineers are hired too, "
                    "but they usually need to show a good grasp of data structures, algorithms "
                    "and system design, which technical interviews test directly.\n\n"
                    "For both jobs, internships and contributions to open-source projects help a "
                    "great deal. Neither requires a license or certification, and both demand "
                    "steady learning as languages and frameworks change."
                ),
                "verdict": (
                    "Web development is easier to enter without a degree; software engineering "
                    "jobs more often expect computer science fundamentals."
                ),
            },
            {
                "kind": "environment",
                "heading": "Work environment",
                "body": (
                    "Both jobs are desk-based and increasingly remote or hybrid.\n\n"
                    "Many **web developers** work for agencies or marketing firms, or freelance, "
                    "juggling several clients and projects at once. Freelancers control their "
                    "schedules but also handle their own sales, invoicing and quiet periods. "
                    "In-house web developers at retailers, publishers or nonprofits tend to have "
                    "steadier, more predictable work.\n\n"
                    "**Software engineers** usually work in product or engineering teams at "
                    "technology companies, banks, manufacturers, government agencies and "
                    "consultancies. Work is organized in sprints or release cycles, with code "
                    "reviews and planning meetings. Some engineers join an on-call rota to "
                    "respond when systems fail outside office hours.\n\n"
                    "Both can involve crunch periods before launches. Team size and company "
                    "culture often matter more to your daily life than the job title."
                ),
                "verdict": (
                    "Web developers are more likely to freelance or work for agencies; software "
                    "engineers more often work in larger product teams, sometimes on call."
                ),
            },
            {
                "kind": "skills",
                "heading": "Key skills",
                "body": (
                    "**Shared foundations**\n\n"
                    "- programming and debugging\n"
                    "- version control with Git\n"
                    "- reading documentation and picking up new tools quickly\n"
                    "- working with databases and APIs\n\n"
                    "**Emphasized for web developers**\n\n"
                    "- HTML, CSS and modern JavaScript frameworks\n"
                    "- responsive and accessible design\n"
                    "- browser performance and search engine basics\n"
                    "- communicating with clients and designers\n\n"
                    "**Emphasized for software engineers**\n\n"
                    "- data structures and algorithms\n"
                    "- system design and architecture\n"
                    "- automated testing and continuous integration\n"
                    "- reasoning about reliability, security and scale\n\n"
                    "Moving from web development into software engineering is common. The usual "
                    "gaps to fill are computer science fundamentals and experience with larger, "
                    "longer-lived codebases maintained by many people. Contributing to an open-source project is a practical way to close both gaps while you are still working as a web developer."
                ),
                "verdict": (
                    "Web developers need depth in browser technologies; software engineers need "
                    "breadth in design, testing and computer science fundamentals."
                ),
            },
            {
                "kind": "salary",
                "heading": "Salary",
                "body": (
                    "The U.S. Bureau of Labor Statistics (BLS) reports a median annual wage of **{{"
                    " a.salary }}** for software developers, the occupation that includes software "
                    "engineers ({{ a.salary_period }}), and **{{ b.salary }}** for web developers "
                    "({{ b.salary_period }}).\n\n"
                    "Part of the difference comes from where the jobs are: software engineering is "
                    "concentrated in large, well-funded employers, while web development includes "
                    "many small businesses and self-employed workers whose earnings vary more. Web "
                    "developers who move into full-stack or back-end roles at product companies "
                    "often see pay closer to software engineering levels.\n\n"
                    "In both jobs, location and employer make a large difference, and pay at big "
                    "technology firms may include stock and bonuses that a median wage does not "
                    "capture."
                ),
                "verdict": (
                    "Software developers earned a median of {{ a.salary }}, well above web "
                    "developers ({{ b.salary }})."
                ),
            },
        ],
        "links": [
            {"after": 2, "label": "What does a web developer do?", "role": "web-developer"},
            {
                "after": 5,
                "label": "BLS Occupational Outlook Handbook: Software Developers, Quality Assurance Analysts, and Testers",
                "url": "https://www.bls.gov/ooh/computer-and-information-technology/software-developers.htm",
            },
        ],
    },
    # ================================================================ 6
    {
        "slug": "product-manager-vs-project-manager",
        "role_a": "product-manager",
        "role_b": "project-manager",
        "title": "Product Manager vs. Project Manager: What's the Difference?",
        "lead": (
            "One letter apart and often confused: a product manager decides what to build and "
            "why, while a project manager makes sure a defined piece of work is delivered on "
            "time and on budget. Here is how the roles compare."
        ),
        "intro": (
            "Product managers and project managers both sit at the center of teams, run a lot "
            "of meetings and keep many people pulling in the same direction. That is why the "
            "titles get mixed up, sometimes even by employers.\n\n"
            "The core difference is what each is accountable for. A product manager answers "
            "for whether a product succeeds with customers over its lifetime. A project manager "
            "answers for delivering a specific project to its agreed scope, schedule and budget."
        ),
        "tags": ["project management", "management", "tech careers"],
        "author": "writer",
        "state": "published",
        "published": "2026-01-20",
        "sections": [
            {
                "kind": "duties",
                "heading": "Duties and responsibilities",
                "body": (
                    "**Product managers** typically:\n\n"
                    "- research customer needs and market trends\n"
                    "- decide which problems the product should solve next\n"
                    "- set priorities and keep the product roadmap up to date\n"
                    "- write requirements and work with designers and engineers on solutions\n"
                    "- measure results after launch and decide what to change\n\n"
                    "**Project managers** typically:\n\n"
                    "- define a project's scope, milestones and deliverables\n"
                    "- build and maintain the schedule and budget\n"
                    "- assign tasks and track progress\n"
                    "- manage risks, issues and changes to scope\n"
                    "- report status to sponsors and close the project out\n\n"
                    "A product manager's work never really ends, because the product keeps "
                    "evolving. A project manager's work has a clear start and finish, after which "
                    "they move on to the next project. On large software launches, the two roles "
                    "often work side by side."
                ),
                "verdict": (
                    "Product managers decide what to build and why; project managers organize "
                    "how and when a defined piece of work gets done."
                ),
            },
            {
                "kind": "requirements",
                "heading": "Education and experience",
                "body": (
                    "**Project managers** usually need a bachelor's degree in business, "
                    "engineering, IT or a related field. Certification is well established: the "
                    "Project Management Professional (PMP) credential from the Project Management "
                    "Institute is widely recognized and requires documented project experience, "
                    "while the Certified Associate in Project Management (CAPM) is aimed at "
                    "newcomers.\n\n"
                    "**Product managers** also usually have a bachelor's degree, often in "
                    "computer science, engineering, business or design. No single certification "
                    "dominates, and employers look for evidence that you understand users, make "
                    "sound trade-offs and work well with technical teams. Few people are hired "
                    "straight into product management; most move across after several years in "
                    "engineering, design, analysis, marketing or customer-facing roles.\n\n"
                    "Project management is used in almost every industry, from construction to "
                    "healthcare. Product management is concentrated in technology companies and "
                    "organizations that build digital products."
                ),
                "verdict": (
                    "Project management has clear certifications and exists in every industry; "
                    "product management is usually reached after experience in a related tech role."
                ),
            },
            {
                "kind": "environment",
                "heading": "Work environment",
                "body": (
                    "Both roles are mostly office-based or remote and involve a full calendar of "
                    "meetings.\n\n"
                    "**Project managers** may work for one organization or for consultancies "
                    "delivering projects to clients, and some travel to project sites. The "
                    "workload follows the project cycle: planning, busy delivery phases and a "
                    "quieter close-out. Pressure peaks near deadlines and when budgets are at "
                    "risk.\n\n"
                    "**Product managers** work within product teams alongside engineers and "
                    "designers, usually at technology companies. Their time is split between "
                    "customer research, planning sessions and reviews with leadership. The "
                    "pressure is less about a single deadline and more about making the right "
                    "call with incomplete information, and defending priorities when many people "
                    "want different things.\n\n"
                    "In both jobs you lead through influence rather than authority, because the "
                    "people doing the work rarely report to you."
                ),
                "verdict": (
                    "Project managers face deadline pressure in many industries; product "
                    "managers face constant prioritization pressure, mostly in tech."
                ),
            },
            {
                "kind": "skills",
                "heading": "Key skills",
                "body": (
                    "**Shared skills**\n\n"
                    "- clear written and spoken communication\n"
                    "- managing stakeholders\n"
                    "- organizing complex work\n"
                    "- influencing people who do not report to you\n\n"
                    "**Product manager skills**\n\n"
                    "- customer and market research\n"
                    "- prioritization and trade-off decisions\n"
                    "- reading product data and running experiments\n"
                    "- enough technical understanding to discuss options with engineers\n\n"
                    "**Project manager skills**\n\n"
                    "- scheduling and critical-path planning\n"
                    "- budgeting and cost control\n"
                    "- risk and issue management\n"
                    "- delivery methods such as waterfall, Agile and Scrum\n\n"
                    "If you enjoy deciding what matters and can live with uncertainty, product "
                    "management may suit you. If you enjoy bringing order to complex work and "
                    "seeing a clear finish line, project management is likely the better fit. Both jobs reward people who stay calm when plans change, because they always do. Try leading a small project or owning a small feature to find out which you prefer."
                ),
                "verdict": (
                    "Product managers need judgment about customers and priorities; project "
                    "managers need rigor in planning, budgeting and risk control."
                ),
            },
            {
                "kind": "salary",
                "heading": "Salary",
                "body": (
                    "The U.S. Bureau of Labor Statistics (BLS) does not track product managers as a"
                    " separate occupation, so we give no median salary for that role.\n\n"
                    "For project managers, the closest BLS occupation is project management "
                    "specialists, with a median annual wage of **{{ b.salary }}** in {{ "
                    "b.salary_period }}. Experienced project managers who lead large programs or "
                    "hold senior titles can earn considerably more, while coordinators at the start"
                    " of their careers earn less.\n\n"
                    "If you are comparing offers, look at industry salary surveys and job postings "
                    "for both roles in your area. In technology companies, product managers are "
                    "often paid more than project managers at a similar level, but this varies by "
                    "employer and is not something the BLS data can confirm or rule out."
                ),
                "verdict": (
                    "BLS gives no figure for product managers; project management specialists had a"
                    " median of {{ b.salary }} in {{ b.salary_period }}."
                ),
            },
        ],
        "links": [
            {"after": 1, "label": "What does a product manager do?", "role": "product-manager"},
            {
                "after": 5,
                "label": "BLS Occupational Outlook Handbook: Project Management Specialists",
                "url": "https://www.bls.gov/ooh/business-and-financial/project-management-specialists.htm",
            },
        ],
    },
    # ================================================================ 7
    {
        "slug": "high-school-teacher-vs-instructional-designer",
        "role_a": "high-school-teacher",
        "role_b": "instructional-designer",
        "title": "High School Teacher vs. Instructional Designer: Which Career Fits You?",
        "lead": (
            "Teachers deliver lessons to students every day; instructional designers plan the "
            "courses and materials that other people learn from. It is a popular move for "
            "teachers, so here is how the two careers compare."
        ),
        "intro": (
            "Instructional design is one of the most common next steps for teachers who want "
            "to stay in education but step out of the classroom. The two jobs draw on the same "
            "understanding of how people learn.\n\n"
            "The daily reality is quite different, though. A teacher spends most of the day "
            "with students. An instructional designer spends most of the day with content, "
            "software and subject experts, and may never meet the learners in person."
        ),
        "tags": ["education", "teaching", "career change"],
        "author": "editor",
        "state": "published",
        "published": "2025-08-12",
        "sections": [
            {
                "kind": "duties",
                "heading": "Duties and responsibilities",
                "body": (
                    "**High school teachers** typically:\n\n"
                    "- plan and teach lessons in one or two subjects to several classes a day\n"
                    "- set, grade and give feedback on assignments and tests\n"
                    "- manage classroom behavior and routines\n"
                    "- adapt lessons for students with different needs\n"
                    "- meet parents and colleagues about students' progress\n\n"
                    "**Instructional designers** typically:\n\n"
                    "- work out what learners need to know or be able to do\n"
                    "- write learning objectives and organize courses into modules\n"
                    "- build e-learning, slide decks, videos, job aids and assessments\n"
                    "- work with subject matter experts to get the content right\n"
                    "- check whether training works and revise it\n\n"
                    "In school systems, a related role called instructional coordinator focuses "
                    "on curriculum and teaching standards, training teachers and reviewing "
                    "materials. In companies, instructional designers mostly create training for "
                    "employees or customers."
                ),
                "verdict": (
                    "Teachers teach learners directly; instructional designers build the "
                    "courses and materials that make learning happen."
                ),
            },
            {
                "kind": "requirements",
                "heading": "Education and experience",
                "body": (
                    "**High school teachers** in public schools need a bachelor's degree, a "
                    "teacher preparation program with student teaching, and a state license. "
                    "Private schools may not require a license but usually expect a degree in "
                    "the subject taught.\n\n"
                    "**Instructional designers** usually need at least a bachelor's degree, and "
                    "many hold a master's degree in instructional design, educational technology "
                    "or curriculum and instruction. Corporate employers care most about a "
                    "portfolio showing courses you have built. Instructional coordinator posts "
                    "in school systems typically ask for a master's degree and several years of "
                    "teaching or administrative experience, and public schools may also require "
                    "a license.\n\n"
                    "Teaching experience counts in your favor for instructional design, but it "
                    "is rarely enough on its own. Learning an e-learning authoring tool and "
                    "building a few sample projects is usually the most practical way to make "
                    "the switch."
                ),
                "verdict": (
                    "Teaching requires a state license; instructional design relies more on a "
                    "portfolio and often a master's degree."
                ),
            },
            {
                "kind": "environment",
                "heading": "Work environment",
                "body": (
                    "**Teachers** work in schools, on the school calendar. Days are tightly "
                    "structured by bells and timetables, and much grading and planning spills "
                    "into evenings and weekends. Most teachers have a summer break, though many "
                    "use part of it for training or a second job. The work is social and "
                    "energetic, and managing a classroom all day can be tiring.\n\n"
                    "**Instructional designers** work in school districts, colleges, government "
                    "agencies, training companies and corporate learning teams. Most work year "
                    "round, in offices or remotely, with project deadlines instead of a bell "
                    "schedule. The work is quieter and more solitary, with meetings with subject "
                    "experts and managers in place of classes of students.\n\n"
                    "Former teachers often say they miss the students but value having more "
                    "control over their time and fewer evenings spent grading."
                ),
                "verdict": (
                    "Teaching is structured, social and follows the school year; instructional "
                    "design is project-based, year-round and often remote."
                ),
            },
            {
                "kind": "skills",
                "heading": "Key skills",
                "body": (
                    "**Shared skills**\n\n"
                    "- understanding how people learn\n"
                    "- writing clear objectives and instructions\n"
                    "- designing assessments\n"
                    "- explaining complex ideas simply\n\n"
                    "**Teacher skills**\n\n"
                    "- classroom management\n"
                    "- reading a room and adjusting on the spot\n"
                    "- building relationships with students and parents\n\n"
                    "**Instructional designer skills**\n\n"
                    "- e-learning authoring tools and learning management systems\n"
                    "- basic visual and multimedia design\n"
                    "- managing projects and working with subject experts\n"
                    "- using learner data to evaluate and improve courses\n\n"
                    "Teachers moving into design usually need to strengthen their technology and "
                    "project skills. The teaching know-how carries over well, especially the "
                    "habit of thinking about what a learner will find confusing before they "
                    "meet it. Many former teachers find that their instinct for pacing a lesson carries over directly to pacing an online course. Comfort with a learning management system is a bonus, since many schools already use one."
                ),
                "verdict": (
                    "Both rely on designing for learning; teachers add live classroom skills, "
                    "instructional designers add technology and project management."
                ),
            },
            {
                "kind": "salary",
                "heading": "Salary",
                "body": (
                    "U.S. Bureau of Labor Statistics (BLS) figures show a median annual wage of "
                    "**{{ a.salary }}** for high school teachers in {{ a.salary_period }}. For "
                    "instructional designers, the closest BLS occupation is instructional "
                    "coordinators, whose median was **{{ b.salary }}** in {{ b.salary_period }}.\n\n"
                    "Where the figures describe different years, the true gap is uncertain. What "
                    "the data do suggest is that moving into instructional design is not, on its "
                    "own, a large pay rise. Corporate instructional design jobs, particularly in "
                    "technology or finance, can pay noticeably more than school-based ones.\n\n"
                    "Remember too that a teacher's salary covers a school year, while instructional"
                    " design jobs are usually year-round, and that benefits such as pensions differ"
                    " between public schools and private employers."
                ),
                "verdict": (
                    "Median pay is similar ({{ a.salary }} for teachers in {{ a.salary_period }}, "
                    "{{ b.salary }} for instructional coordinators in {{ b.salary_period }})."
                ),
            },
            {
                "kind": "custom",
                "heading": "Making the switch from teaching",
                "body": (
                    "If you are a teacher thinking about instructional design, these steps make "
                    "the move more manageable:\n\n"
                    "- **Learn one tool.** Many employers expect experience with an e-learning "
                    "authoring tool, and free trials let you practice before you pay.\n"
                    "- **Build a small portfolio.** Turn one of your units into a self-paced "
                    "online module and write a short account of your design choices.\n"
                    "- **Translate your experience.** Lesson planning, differentiation and "
                    "assessment design map directly onto instructional design work; say so in "
                    "those words on your applications.\n"
                    "- **Start close to home.** Curriculum writing, district training or "
                    "educational publishing can be easier first steps than corporate jobs.\n\n"
                    "Expect the search to take a few months, and aim for employers that value "
                    "classroom experience. Former teachers who have made the move are often happy to share advice, so ask in professional networks and online communities."
                ),
                "verdict": (
                    "One authoring tool and a small portfolio are usually enough to start "
                    "moving from teaching into instructional design."
                ),
            },
        ],
        "links": [
            {
                "after": 2,
                "label": "What does an instructional designer do?",
                "role": "instructional-designer",
            },
            {
                "after": 4,
                "label": "Related: Teaching Assistant vs. High School Teacher",
                "comparison": "teaching-assistant-vs-high-school-teacher",
            },
            {
                "after": 5,
                "label": "BLS Occupational Outlook Handbook: Instructional Coordinators",
                "url": "https://www.bls.gov/ooh/education-training-and-library/instructional-coordinators.htm",
            },
        ],
    },
    # ================================================================ 8
    {
        "slug": "healthcare-administrator-vs-practice-manager",
        "role_a": "healthcare-administrator",
        "role_b": "practice-manager",
        "title": "Healthcare Administrator vs. Practice Manager: What's the Difference?",
        "lead": (
            "A practice manager runs a single medical practice; a healthcare administrator "
            "usually manages a larger department, facility or health system. Compare scope, "
            "qualifications, working life and pay."
        ),
        "intro": (
            "Practice managers and healthcare administrators both look after the business "
            "side of care, and the skills overlap a great deal. In job ads, though, the titles "
            "usually point to different levels of responsibility.\n\n"
            "A practice manager is hands-on, usually in a physician or dental practice with one "
            "or a few sites. A healthcare administrator more often works in a hospital, nursing "
            "home or health system, where the job is larger in scale and more strategic."
        ),
        "tags": ["healthcare administration", "management"],
        "author": "writer",
        "state": "published",
        "published": "2025-02-25",
        "sections": [
            {
                "kind": "duties",
                "heading": "Duties and responsibilities",
                "body": (
                    "**Healthcare administrators** typically:\n\n"
                    "- set and manage budgets for a department or facility\n"
                    "- lead managers and work with clinical directors on staffing and quality\n"
                    "- prepare for inspections and accreditation reviews\n"
                    "- write policies and plan services for the years ahead\n"
                    "- report performance to executives or a board\n\n"
                    "**Practice managers** typically:\n\n"
                    "- supervise front-desk, billing and clinical support staff\n"
                    "- manage schedules, patient flow and day-to-day problems\n"
                    "- oversee billing, collections and insurance claims\n"
                    "- handle purchasing, equipment and the premises\n"
                    "- keep the practice compliant with privacy and safety rules\n\n"
                    "The practice manager solves problems directly and often knows regular "
                    "patients by sight. The healthcare administrator works through other "
                    "managers and spends more time on plans, reports and meetings. In a small health system, one person may do a little of both."
                ),
                "verdict": (
                    "Practice managers run daily operations in a single practice; healthcare "
                    "administrators manage larger units and focus more on strategy and oversight."
                ),
            },
            {
                "kind": "requirements",
                "heading": "Education and experience",
                "body": (
                    "**Healthcare administrators** usually need at least a bachelor's degree, "
                    "and a master's degree, such as a Master of Health Administration (MHA), a "
                    "Master of Public Health (MPH) or an MBA, is common for senior roles. Some "
                    "come from a clinical background, such as nursing, and add management "
                    "education later. Nursing home administrators must also hold a state "
                    "license.\n\n"
                    "**Practice managers** often have a bachelor's degree in healthcare "
                    "administration or business, but experience can make up for some of it. "
                    "Many are promoted from billing, reception or medical assistant jobs after "
                    "several years in the same practice. Credentials such as the Certified "
                    "Medical Practice Executive (CMPE) from MGMA can strengthen an application.\n\n"
                    "A practice manager job is a realistic stepping stone: the operational "
                    "experience it builds is exactly what larger employers look for when they "
                    "hire administrators."
                ),
                "verdict": (
                    "Practice managers can rise through experience; healthcare administrator "
                    "roles more often require a degree and, at senior levels, a master's."
                ),
            },
            {
                "kind": "environment",
                "heading": "Work environment",
                "body": (
                    "**Healthcare administrators** work in offices in hospitals, health systems, "
                    "nursing care facilities and public health agencies. Full-time hours are "
                    "standard, and long weeks are common at senior levels. Because hospitals and "
                    "nursing homes never close, administrators may be on call for emergencies, "
                    "staffing crises or inspections.\n\n"
                    "**Practice managers** work on site in physicians' offices, dental practices "
                    "and outpatient clinics. Hours largely follow clinic opening times, and the "
                    "work is hands-on: in a small practice, covering the front desk when someone "
                    "is off sick is part of the job.\n\n"
                    "Both roles work closely with clinicians, but the relationship differs. A "
                    "practice manager often works for the physicians who own the practice. A "
                    "healthcare administrator is part of a management hierarchy and balances the "
                    "demands of clinical departments, executives and regulators."
                ),
                "verdict": (
                    "Practice managers work hands-on in smaller clinics; healthcare "
                    "administrators work in larger organizations, sometimes on call."
                ),
            },
            {
                "kind": "skills",
                "heading": "Key skills",
                "body": (
                    "**Shared skills**\n\n"
                    "- understanding healthcare regulations and privacy rules\n"
                    "- budgeting and financial reporting\n"
                    "- managing and developing staff\n"
                    "- working constructively with clinicians\n\n"
                    "**Emphasized for healthcare administrators**\n\n"
                    "- strategic and service planning\n"
                    "- quality improvement and performance data\n"
                    "- accreditation and regulatory reporting\n"
                    "- leading other managers and presenting to boards\n\n"
                    "**Emphasized for practice managers**\n\n"
                    "- medical billing and the revenue cycle\n"
                    "- scheduling and patient flow\n"
                    "- practical problem-solving on the spot\n"
                    "- practice management and electronic health record software\n\n"
                    "Moving up from practice manager to administrator usually means shifting from "
                    "doing to directing: less time fixing problems yourself, more time setting up "
                    "systems so that others can. Leading a project across several practices, such as rolling out new scheduling software, is a good way to practice that shift. Ask for that kind of project before you apply for larger roles."
                ),
                "verdict": (
                    "Practice managers need strong operational skills; healthcare administrators "
                    "need planning, quality and leadership skills."
                ),
            },
            {
                "kind": "salary",
                "heading": "Salary",
                "body": (
                    "The U.S. Bureau of Labor Statistics (BLS) reports a median annual wage of **{{"
                    " a.salary }}** for medical and health services managers, the occupation that "
                    "includes healthcare administrators, as of {{ a.salary_period }}. The median we"
                    " list for practice managers is **{{ b.salary }}**, from {{ b.salary_period }}.\n\n"
                    "Both jobs fall under the same official occupation, so treat any gap between "
                    "the two figures as a rough guide. The direction is clear, however: jobs with "
                    "larger budgets, more staff and responsibility for a whole facility pay more, "
                    "and hospital administrators tend to earn more than managers in physicians' "
                    "offices.\n\n"
                    "For both jobs, the size of the organization matters at least as much as the "
                    "title. A practice manager for a large multi-site group can earn more than the "
                    "administrator of a small nursing facility."
                ),
                "verdict": (
                    "Healthcare administrators usually earn more, because they run larger "
                    "organizations (median figures: {{ a.salary }} in {{ a.salary_period }}, {{ "
                    "b.salary }} for practice managers in {{ b.salary_period }})."
                ),
            },
        ],
        "links": [
            {
                "after": 1,
                "label": "Related: Practice Manager vs. Office Manager",
                "comparison": "practice-manager-vs-office-manager",
            },
            {
                "after": 3,
                "label": "What does a healthcare administrator do?",
                "role": "healthcare-administrator",
            },
            {
                "after": 5,
                "label": "BLS Occupational Outlook Handbook: Medical and Health Services Managers",
                "url": "https://www.bls.gov/ooh/management/medical-and-health-services-managers.htm",
            },
        ],
    },
    # ================================================================ 9
    {
        "slug": "data-scientist-vs-data-analyst",
        "role_a": "data-scientist",
        "role_b": "data-analyst",
        "title": "Data Scientist vs. Data Analyst: What's the Difference?",
        "lead": (
            "Data analysts explain what happened; data scientists build models to predict what "
            "will happen next. Compare the work, the skills and the training each role needs."
        ),
        "intro": (
            "Data analysts and data scientists work with the same raw material and often sit on "
            "the same team. Many data scientists started as analysts, and where one job ends and "
            "the other begins varies between employers.\n\n"
            "As a rule of thumb, the analyst's job is to describe and explain, using queries, "
            "statistics and charts. The data scientist's job goes further into prediction and "
            "experiments, using programming and machine learning."
        ),
        "tags": ["data", "analytics", "tech careers"],
        "author": "editor",
        "state": "published",
        "published": "2026-05-05",
        "sections": [
            {
                "kind": "duties",
                "heading": "Duties and responsibilities",
                "body": (
                    "**Data scientists** typically:\n\n"
                    "- turn business problems into prediction or classification tasks\n"
                    "- build, test and tune statistical and machine learning models\n"
                    "- design and analyze experiments such as A/B tests\n"
                    "- write production-quality code in Python or R\n"
                    "- work with engineers to put models into use and monitor them\n\n"
                    "**Data analysts** typically:\n\n"
                    "- gather and clean data from databases and spreadsheets\n"
                    "- build dashboards and regular reports\n"
                    "- answer business questions with descriptive statistics\n"
                    "- spot trends and anomalies and explain their likely causes\n"
                    "- present findings to managers\n\n"
                    "Both spend a surprising share of their time preparing data. The difference "
                    "is what comes next: a report or dashboard for the analyst, a model or "
                    "experiment for the data scientist. On many teams the two roles hand work back and forth, with analysts spotting questions that are worth modeling."
                ),
                "verdict": (
                    "Data analysts describe and explain data; data scientists build predictive "
                    "models and run experiments."
                ),
            },
            {
                "kind": "requirements",
                "heading": "Education and experience",
                "body": (
                    "**Data scientists** need a stronger grounding in mathematics and "
                    "programming. They typically hold at least a bachelor's degree, and many "
                    "employers prefer a master's degree or PhD in statistics, computer science, "
                    "mathematics or a related field. Experience with machine learning libraries "
                    "and real modeling projects matters as much as the degree.\n\n"
                    "**Data analysts** usually have a bachelor's degree in a quantitative or "
                    "business subject, though employers increasingly hire career changers who "
                    "can prove their skills. A portfolio showing SQL queries, cleaned data sets "
                    "and clear charts is often the deciding factor. Certificates and bootcamps "
                    "are common routes in.\n\n"
                    "A well-trodden path is to start as a data analyst, learn Python and "
                    "statistics on the job, and move into a data science role after a few years. "
                    "Employers often support this with training budgets or internal transfers."
                ),
                "verdict": (
                    "Data analysis is easier to enter without an advanced degree; data science "
                    "jobs often prefer a master's or PhD."
                ),
            },
            {
                "kind": "environment",
                "heading": "Work environment",
                "body": (
                    "Both roles are mainly office-based or remote, usually full time, and spread "
                    "across industries such as finance, retail, healthcare, technology and "
                    "government.\n\n"
                    "**Data scientists** are more often part of a dedicated data science or "
                    "engineering team. Projects are longer and less predictable: a model might "
                    "take weeks of experimenting before it is good enough to use, and some ideas "
                    "do not work at all.\n\n"
                    "**Data analysts** often sit within a business function, such as marketing, "
                    "finance or operations, and work closely with the managers who use their "
                    "reports. Their workload tends to follow reporting cycles, with regular "
                    "deadlines and frequent one-off requests.\n\n"
                    "Both jobs involve long stretches of focused work at a computer, balanced with "
                    "meetings to understand problems and explain results."
                ),
                "verdict": (
                    "Analysts work closer to day-to-day business decisions; data scientists work "
                    "on longer, more experimental projects."
                ),
            },
            {
                "kind": "skills",
                "heading": "Key skills",
                "body": (
                    "**Shared skills**\n\n"
                    "- SQL and cleaning data\n"
                    "- statistical reasoning\n"
                    "- charts and data visualization\n"
                    "- explaining results to non-specialists\n\n"
                    "**Data scientist emphasis**\n\n"
                    "- programming in Python or R\n"
                    "- machine learning methods and model evaluation\n"
                    "- probability, experiment design and reasoning about cause and effect\n"
                    "- software habits such as version control and testing\n\n"
                    "**Data analyst emphasis**\n\n"
                    "- spreadsheet and business intelligence tools such as Excel, Tableau or Power BI\n"
                    "- understanding business metrics and reporting needs\n"
                    "- quick, accurate answers to specific questions\n\n"
                    "If you are an analyst aiming for data science, focus first on Python, "
                    "statistics and one end-to-end modeling project that you can explain clearly "
                    "in an interview. Analysts already know how to find and clean data, which is a head start many newcomers to data science lack."
                ),
                "verdict": (
                    "Analysts excel with business intelligence tools and business context; data "
                    "scientists add programming, machine learning and experiment design."
                ),
            },
            {
                "kind": "salary",
                "heading": "Salary",
                "body": (
                    "The U.S. Bureau of Labor Statistics (BLS) reports a median annual wage of **{{"
                    " a.salary }}** for data scientists in {{ a.salary_period }}.\n\n"
                    "BLS does not publish a separate figure for data analysts, so we give no median"
                    " salary for that role. Data analyst jobs are spread across several BLS "
                    "occupations, and borrowing one of their figures would be misleading.\n\n"
                    "In general, data scientist jobs pay more than data analyst jobs at similar "
                    "levels of experience, reflecting the extra programming and statistics they "
                    "require. Salaries for both vary widely by industry and location, and senior "
                    "analysts in well-paid sectors can earn more than junior data scientists. Use "
                    "recent job postings and salary surveys in your area to check current pay "
                    "before you negotiate or decide to retrain."
                ),
                "verdict": (
                    "Data scientists had a median of {{ a.salary }} in {{ a.salary_period }}; BLS "
                    "publishes no comparable figure for data analysts."
                ),
            },
        ],
        "links": [
            {
                "after": 1,
                "label": "Related: Data Analyst vs. Business Analyst",
                "comparison": "data-analyst-vs-business-analyst",
            },
            {"after": 3, "label": "What does a data scientist do?", "role": "data-scientist"},
            {
                "after": 5,
                "label": "BLS Occupational Outlook Handbook: Data Scientists",
                "url": "https://www.bls.gov/ooh/math/data-scientists.htm",
            },
        ],
    },
    # ================================================================ 10
    {
        "slug": "medical-assistant-vs-registered-nurse",
        "role_a": "medical-assistant",
        "role_b": "registered-nurse",
        "title": "Medical Assistant vs. Registered Nurse: What's the Difference?",
        "lead": (
            "Medical assistants and registered nurses both care for patients, but training, "
            "legal scope and pay are very different. Here is what each job involves and how to "
            "choose between them."
        ),
        "intro": (
            "In a busy clinic it can be hard for patients to tell medical assistants and "
            "registered nurses apart: both wear scrubs, take vital signs and get people ready for "
            "their appointments.\n\n"
            "Behind the scenes, the roles are quite distinct. A medical assistant can be trained "
            "in about a year and combines clinical and clerical tasks. A registered nurse is a "
            "licensed professional with at least two years of nursing education and a much "
            "broader clinical scope."
        ),
        "tags": ["nursing", "clinical care", "healthcare careers"],
        "author": "writer",
        "state": "published",
        "published": "2025-07-01",
        "sections": [
            {
                "kind": "duties",
                "heading": "Duties and responsibilities",
                "body": (
                    "**Medical assistants** typically:\n\n"
                    "- take vital signs and record patient histories\n"
                    "- prepare patients and exam rooms for the provider\n"
                    "- assist with examinations and simple procedures\n"
                    "- draw blood or give injections, where state rules allow\n"
                    "- schedule appointments, update records and process paperwork\n\n"
                    "**Registered nurses** typically:\n\n"
                    "- assess patients and make clinical judgments about their condition\n"
                    "- give medications, including intravenous drugs\n"
                    "- monitor patients and respond to changes\n"
                    "- develop and contribute to care plans\n"
                    "- teach patients and supervise other nursing staff\n\n"
                    "The key legal difference is that RNs are licensed to assess patients and use "
                    "independent nursing judgment, while medical assistants work under the "
                    "direction of a physician or other provider and do not make clinical "
                    "assessments of their own. Exactly which tasks a medical assistant may perform varies from state to state."
                ),
                "verdict": (
                    "Medical assistants support providers with routine clinical and office "
                    "tasks; RNs assess patients and deliver a broader range of licensed care."
                ),
            },
            {
                "kind": "requirements",
                "heading": "Education and licensing",
                "body": (
                    "**Medical assistants** usually complete a postsecondary certificate or "
                    "diploma program, which often takes about a year, though some employers train "
                    "high school graduates on the job. Certification is voluntary in most states, "
                    "but many employers prefer it; common credentials include the Certified "
                    "Medical Assistant (CMA) and the Registered Medical Assistant (RMA).\n\n"
                    "**Registered nurses** must complete an approved nursing program: an "
                    "associate degree (about two years), a bachelor of science in nursing (about "
                    "four years) or a hospital diploma. They then pass the NCLEX-RN exam and "
                    "obtain a state license, which must be renewed regularly.\n\n"
                    "Many people work as medical assistants while studying nursing. The "
                    "patient-care experience is useful, and some employers help pay tuition for "
                    "staff who want to become nurses."
                ),
                "verdict": (
                    "Medical assisting takes about a year of training; becoming an RN takes two "
                    "to four years and a state license."
                ),
            },
            {
                "kind": "environment",
                "heading": "Work environment",
                "body": (
                    "Most **medical assistants** work in physicians' offices and outpatient "
                    "clinics, with some in hospitals. Hours are typically daytime and weekday, "
                    "though urgent care centers and extended-hours clinics include evenings and "
                    "weekends. The work is steady and busy, moving between exam rooms and the "
                    "front desk.\n\n"
                    "**Registered nurses** work mainly in hospitals, but also in clinics, home "
                    "health, schools, nursing homes and many other settings. Hospital nurses "
                    "often work 12-hour shifts that include nights, weekends and holidays, and "
                    "the work can be physically and emotionally intense.\n\n"
                    "Both roles mean being on your feet for much of the day and dealing with "
                    "people who are unwell or anxious. RNs usually carry more responsibility for "
                    "patients whose condition can change quickly, and for deciding when to "
                    "call for help."
                ),
                "verdict": (
                    "Medical assistants usually keep regular clinic hours; RNs often work shifts "
                    "and deal with more serious situations."
                ),
            },
            {
                "kind": "skills",
                "heading": "Key skills",
                "body": (
                    "**Shared skills**\n\n"
                    "- taking accurate vital signs\n"
                    "- infection control\n"
                    "- clear, kind communication with patients\n"
                    "- careful documentation in electronic health records\n\n"
                    "**Medical assistant emphasis**\n\n"
                    "- combining clinical tasks with scheduling and billing work\n"
                    "- keeping clinic sessions running on time\n"
                    "- basic blood draws and injections\n\n"
                    "**Registered nurse emphasis**\n\n"
                    "- clinical assessment and critical thinking\n"
                    "- giving medications and checking doses\n"
                    "- recognizing and responding to deterioration\n"
                    "- care planning and patient education\n\n"
                    "Medical assisting is a good way to find out whether patient care suits you "
                    "before committing to a longer nursing program, and the habits it builds, "
                    "such as accuracy and a calm manner with patients, carry straight over. Nursing programs also tend to look favorably on applicants with hands-on patient experience. Working alongside nurses also shows you what their days are really like before you commit to the training."
                ),
                "verdict": (
                    "Both need strong patient skills; RNs add clinical judgment and "
                    "responsibility for complex care."
                ),
            },
            {
                "kind": "salary",
                "heading": "Salary",
                "body": (
                    "According to the U.S. Bureau of Labor Statistics (BLS), the median annual wage"
                    " was **{{ b.salary }}** for registered nurses ({{ b.salary_period }}) and **{{"
                    " a.salary }}** for medical assistants ({{ a.salary_period }}), so RNs earned "
                    "roughly twice as much at the median.\n\n"
                    "The difference follows the training and legal responsibility each job carries."
                    " RNs also have more ways to raise their pay, including shift differentials, "
                    "overtime, specialty certification and, later, advanced practice roles.\n\n"
                    "Medical assisting costs much less to get into, and the shorter training means "
                    "you start earning sooner. For many people it is a practical first step, with "
                    "the option of studying nursing later while still working. If you take that "
                    "route, ask employers about tuition help and flexible schedules for students. "
                    "Many hospitals and large clinic groups offer both."
                ),
                "verdict": (
                    "RNs earned a median of {{ b.salary }}, about twice the {{ a.salary }} median "
                    "for medical assistants."
                ),
            },
        ],
        "links": [
            {"after": 1, "label": "What does a medical assistant do?", "role": "medical-assistant"},
            {
                "after": 3,
                "label": "Related: Nurse Practitioner vs. Registered Nurse",
                "comparison": "nurse-practitioner-vs-registered-nurse",
            },
            {
                "after": 5,
                "label": "BLS Occupational Outlook Handbook: Medical Assistants",
                "url": "https://www.bls.gov/ooh/healthcare/medical-assistants.htm",
            },
        ],
    },
    # ================================================================ 11
    {
        "slug": "hr-manager-vs-recruiter",
        "role_a": "hr-manager",
        "role_b": "recruiter",
        "title": "HR Manager vs. Recruiter: What's the Difference?",
        "lead": (
            "Recruiters focus on one part of HR: finding and hiring people. HR managers oversee "
            "everything from hiring to pay, policy and employee relations. Here is how the two "
            "jobs compare."
        ),
        "intro": (
            "Recruiting is one of the most common ways into human resources, and many HR "
            "managers started out filling job openings. The two roles still differ a great deal "
            "in scope and responsibility.\n\n"
            "A recruiter's success is measured by how quickly and how well positions are filled. "
            "An HR manager is responsible for how an organization treats, pays and develops its "
            "people, and for keeping it on the right side of employment law."
        ),
        "tags": ["human resources", "management", "career change"],
        "author": "editor",
        "state": "published",
        "published": "2026-07-14",
        "sections": [
            {
                "kind": "duties",
                "heading": "Duties and responsibilities",
                "body": (
                    "**HR managers** typically:\n\n"
                    "- write and update HR policies and procedures\n"
                    "- oversee recruiting, onboarding, pay, benefits and training\n"
                    "- handle serious employee relations issues, such as grievances and investigations\n"
                    "- advise leaders on restructuring and workforce planning\n"
                    "- make sure the organization complies with employment and workplace laws\n\n"
                    "**Recruiters** typically:\n\n"
                    "- agree role profiles with hiring managers\n"
                    "- write and post job ads\n"
                    "- search for candidates on job boards, professional networks and through referrals\n"
                    "- screen applications and run first-round interviews\n"
                    "- coordinate interviews, check references and make offers\n\n"
                    "In a small company, the HR manager may also do the recruiting. In a large one, "
                    "recruiters may report to a talent acquisition manager, who in turn reports to "
                    "HR leadership. Either way, recruiters and HR managers work closely, because hiring decisions affect pay, structure and policy."
                ),
                "verdict": (
                    "Recruiters specialize in filling jobs; HR managers are responsible for the "
                    "full range of people policies and practices."
                ),
            },
            {
                "kind": "requirements",
                "heading": "Education and experience",
                "body": (
                    "**HR managers** usually need a bachelor's degree and several years of HR "
                    "experience, often five or more, across areas such as recruiting, benefits "
                    "and employee relations. Some employers prefer a master's degree in human "
                    "resources or an MBA. Certifications such as SHRM-CP and SHRM-SCP from the "
                    "Society for Human Resource Management, or PHR and SPHR from HRCI, are widely "
                    "recognized.\n\n"
                    "**Recruiters** commonly have a bachelor's degree in human resources, "
                    "business, psychology or communications, though agency recruiting often takes "
                    "people from sales backgrounds without a specific degree. Coordinator and "
                    "sourcer jobs need little experience, and you can become a full-cycle "
                    "recruiter within a year or two.\n\n"
                    "Recruiters who want to move into HR management should look for exposure to "
                    "other HR areas, such as employee relations or pay, rather than staying purely "
                    "in hiring."
                ),
                "verdict": (
                    "Recruiting is easy to enter; HR management usually requires years of broad "
                    "HR experience and often a certification."
                ),
            },
            {
                "kind": "environment",
                "heading": "Work environment",
                "body": (
                    "**HR managers** work in offices, or in hybrid arrangements, in almost every "
                    "industry. Most work full time, and longer hours are common during "
                    "restructurings, investigations or annual pay reviews. They spend much of "
                    "their time with senior leaders and line managers, and some of it on "
                    "difficult conversations, such as dismissals or complaints.\n\n"
                    "**Recruiters** spend much of the day on the phone and on video calls with "
                    "candidates and hiring managers. In-house recruiters work for one employer "
                    "with a steady stream of openings. Agency recruiters work for several clients, "
                    "often on commission, which can mean high earnings in good years but constant "
                    "pressure to hit targets. Campus and field recruiters travel to career fairs "
                    "and universities.\n\n"
                    "Both roles revolve around people, but the HR manager's conversations are more "
                    "often sensitive and confidential."
                ),
                "verdict": (
                    "Recruiting is fast-paced and target-driven; HR management brings wider "
                    "responsibility and more sensitive issues."
                ),
            },
            {
                "kind": "skills",
                "heading": "Key skills",
                "body": (
                    "**HR manager skills**\n\n"
                    "- knowledge of employment law and regulations\n"
                    "- handling conflict, investigations and discipline\n"
                    "- designing pay and benefits\n"
                    "- workforce planning and organizational change\n"
                    "- coaching managers and leading an HR team\n\n"
                    "**Recruiter skills**\n\n"
                    "- finding candidates who are not actively looking\n"
                    "- interviewing and assessing fit\n"
                    "- persuasion and negotiation\n"
                    "- using applicant tracking systems\n"
                    "- managing many open roles at once\n\n"
                    "Both need excellent communication and sound judgment about people. "
                    "Recruiting builds skills that are useful in HR management, such as "
                    "understanding what different jobs involve and how to assess talent, but HR "
                    "managers need a much deeper grounding in law and policy. Recruiters who want to move up can start by taking an employment law course and volunteering for HR projects outside hiring. Experience with a policy review or a benefits renewal counts."
                ),
                "verdict": (
                    "Recruiters need sourcing and persuasion skills; HR managers need legal "
                    "knowledge, conflict handling and planning skills."
                ),
            },
            {
                "kind": "salary",
                "heading": "Salary",
                "body": (
                    "The U.S. Bureau of Labor Statistics (BLS) reports a median annual wage of **{{"
                    " a.salary }}** for human resources managers in {{ a.salary_period }}. "
                    "Recruiters are counted among human resources specialists, whose median was "
                    "**{{ b.salary }}** in {{ b.salary_period }}.\n\n"
                    "Even allowing for any difference in the years the figures describe, the gap is"
                    " large and matches the difference in responsibility: HR managers oversee "
                    "entire functions and advise senior leadership.\n\n"
                    "Recruiters' pay varies more than a median suggests. Agency recruiters often "
                    "earn commission on top of a base salary, and specialist recruiters in fields "
                    "such as technology or healthcare can earn well above the median. When "
                    "comparing offers, ask how commission is calculated and how much of it people "
                    "in the team actually earn."
                ),
                "verdict": (
                    "HR managers earned a median of {{ a.salary }} in {{ a.salary_period }}; HR "
                    "specialists, including recruiters, had a median of {{ b.salary }} in {{ "
                    "b.salary_period }}."
                ),
            },
        ],
        "links": [
            {"after": 2, "label": "What does a recruiter do?", "role": "recruiter"},
            {
                "after": 5,
                "label": "BLS Occupational Outlook Handbook: Human Resources Managers",
                "url": "https://www.bls.gov/ooh/management/human-resources-managers.htm",
            },
        ],
    },
    # ================================================================ 12
    {
        "slug": "teaching-assistant-vs-high-school-teacher",
        "role_a": "teaching-assistant",
        "role_b": "high-school-teacher",
        "title": "Teaching Assistant vs. High School Teacher: What's the Difference?",
        "lead": (
            "Teaching assistants support learning under a teacher's direction; teachers plan, "
            "teach and answer for their classes. Compare the two roles, the qualifications they "
            "need and what they pay."
        ),
        "intro": (
            "Many people who enjoy working with students start as teaching assistants, "
            "sometimes while deciding whether to train as teachers. Others make a long-term "
            "career of the assistant role.\n\n"
            "The two jobs share a classroom but not the same responsibilities. The teacher "
            "designs lessons and answers for students' progress. The teaching assistant helps "
            "carry out that plan, often by giving extra attention to the students who need it "
            "most."
        ),
        "tags": ["education", "teaching"],
        "author": "writer",
        "state": "published",
        "published": "2026-09-08",
        "sections": [
            {
                "kind": "duties",
                "heading": "Duties and responsibilities",
                "body": (
                    "**Teaching assistants** typically:\n\n"
                    "- work with individual students or small groups to reinforce lessons\n"
                    "- support students with disabilities or those learning English\n"
                    "- help with attendance, record keeping and preparing materials\n"
                    "- supervise students in the lunchroom, on the playground or on trips\n"
                    "- tell the teacher what they notice about students' progress\n\n"
                    "**High school teachers** typically:\n\n"
                    "- plan lessons and units that meet curriculum standards\n"
                    "- teach several classes a day in their subject\n"
                    "- set and grade assignments and exams\n"
                    "- manage classroom behavior and set expectations\n"
                    "- keep parents, counselors and colleagues informed\n\n"
                    "Teaching assistants are more common in elementary and special education "
                    "settings than in general high school classes, but the same division applies "
                    "everywhere: the teacher leads, the assistant supports. Good teams plan together, so the assistant knows what each lesson is for."
                ),
                "verdict": (
                    "Teachers plan and lead instruction; teaching assistants reinforce it and "
                    "support individual students."
                ),
            },
            {
                "kind": "requirements",
                "heading": "Education and licensing",
                "body": (
                    "**Teaching assistants** often need at least two years of college or an "
                    "associate degree. In schools that receive federal Title I funds, assistants "
                    "must have completed two years of college, hold an associate degree or pass a "
                    "state or local assessment. Some states require a certificate, and specialist "
                    "roles, such as supporting students with disabilities, may need extra "
                    "training.\n\n"
                    "**High school teachers** need a bachelor's degree, a teacher preparation "
                    "program that includes student teaching, and a state license to teach in "
                    "public schools. Licensing usually involves exams in teaching skills and "
                    "subject knowledge, and teachers must keep up continuing education to renew "
                    "their license.\n\n"
                    "Some districts run programs that help teaching assistants become licensed "
                    "teachers while they keep working, sometimes with help paying tuition."
                ),
                "verdict": (
                    "Teaching assistant jobs need some college or an associate degree; teaching "
                    "requires a bachelor's degree and a state license."
                ),
            },
            {
                "kind": "environment",
                "heading": "Work environment",
                "body": (
                    "Both roles follow the school calendar, and most people in them do not work "
                    "during the summer break.\n\n"
                    "**Teaching assistants** are often employed part time, and their hours match "
                    "the school day. They spend most of their time on their feet, moving between "
                    "students, and may help students with physical or personal care needs. "
                    "Because they do not plan lessons, they usually take little work home.\n\n"
                    "**High school teachers** work full time and typically spend evenings and "
                    "weekends grading and planning on top of their classroom hours. Many also "
                    "coach sports, advise clubs or attend school events. The job carries more "
                    "pressure, from test results, classroom observations and accountability to "
                    "parents and administrators, but also more say over what happens in the "
                    "classroom."
                ),
                "verdict": (
                    "Teaching assistants have shorter hours and little work to take home; "
                    "teachers carry more responsibility and more out-of-hours work."
                ),
            },
            {
                "kind": "skills",
                "heading": "Key skills",
                "body": (
                    "**Shared skills**\n\n"
                    "- patience and a real interest in young people\n"
                    "- clear explanations\n"
                    "- consistency in managing behavior\n"
                    "- noticing when a student is struggling\n\n"
                    "**Teaching assistant emphasis**\n\n"
                    "- one-to-one and small-group support\n"
                    "- following a teacher's plan while adapting it to each student\n"
                    "- supporting students with special needs\n\n"
                    "**Teacher emphasis**\n\n"
                    "- subject expertise\n"
                    "- lesson and curriculum planning\n"
                    "- designing and grading assessments\n"
                    "- leading a whole class and communicating with families\n\n"
                    "Time as a teaching assistant is excellent preparation for teaching, because "
                    "you see classroom management and teaching adapted to different students in "
                    "action every day, and you learn which approaches work for which students. Many districts value that experience when they hire new teachers. It also gives you references from teachers who have watched you work with students, which helps when you apply to a teacher preparation program."
                ),
                "verdict": (
                    "Assistants specialize in individual support; teachers need subject "
                    "expertise and whole-class leadership."
                ),
            },
            {
                "kind": "salary",
                "heading": "Salary",
                "body": (
                    "U.S. Bureau of Labor Statistics (BLS) figures show a median annual wage of "
                    "**{{ b.salary }}** for high school teachers in {{ b.salary_period }}. For "
                    "teaching assistants, the median we list is **{{ a.salary }}**, from {{ "
                    "a.salary_period }}.\n\n"
                    "The difference is large. It reflects the teacher's higher qualifications and "
                    "the fact that many assistants work part time or for only part of the year, "
                    "which lowers their annual earnings.\n\n"
                    "Pay for both roles depends heavily on the state and school district. Public "
                    "school salaries often follow published pay scales based on qualifications and "
                    "years of service, so you can usually look up exactly what a district pays "
                    "before you apply."
                ),
                "verdict": (
                    "Teachers earned far more at the median ({{ b.salary }} in {{ b.salary_period "
                    "}}) than teaching assistants ({{ a.salary }} in {{ a.salary_period }}), partly"
                    " because many assistants work part time."
                ),
            },
        ],
        "links": [
            {
                "after": 1,
                "label": "What does a teaching assistant do?",
                "role": "teaching-assistant",
            },
            {
                "after": 3,
                "label": "Related: High School Teacher vs. Instructional Designer",
                "comparison": "high-school-teacher-vs-instructional-designer",
            },
            {
                "after": 5,
                "label": "BLS Occupational Outlook Handbook: Teacher Assistants",
                "url": "https://www.bls.gov/ooh/education-training-and-library/teacher-assistants.htm",
            },
        ],
    },
    # ================================================================ review queue
    # 13: a draft the writer is still working on (skills and salary sections not written yet).
    {
        "slug": "medical-receptionist-vs-medical-assistant",
        "role_a": "medical-receptionist",
        "role_b": "medical-assistant",
        "title": "Medical Receptionist vs. Medical Assistant: What's the Difference?",
        "lead": (
            "Medical receptionists run the front desk; medical assistants split their time "
            "between the front desk and the exam room. How the two entry-level healthcare jobs "
            "differ."
        ),
        "intro": (
            "Medical receptionists and medical assistants are two of the most common ways to "
            "start a career in healthcare without a long training program. Both work in clinics "
            "and physicians' offices, and in a small practice one person may cover both jobs.\n\n"
            "The main difference is clinical work. Receptionists handle administration only, "
            "while medical assistants also help with patient care under a provider's direction."
        ),
        "tags": ["healthcare careers", "office administration"],
        "author": "writer",
        "state": "draft",
        "published": None,
        "sections": [
            {
                "kind": "duties",
                "heading": "Duties and responsibilities",
                "body": (
                    "**Medical receptionists** typically:\n\n"
                    "- greet patients and check them in and out\n"
                    "- answer phones and manage the appointment book\n"
                    "- collect insurance details and copayments\n"
                    "- update patients' contact details and records\n"
                    "- keep the waiting area calm and organized\n\n"
                    "**Medical assistants** typically:\n\n"
                    "- bring patients to exam rooms, take vital signs and record histories\n"
                    "- prepare instruments and assist during examinations\n"
                    "- collect specimens and, where permitted, draw blood or give injections\n"
                    "- help with scheduling, records and referrals when the front desk is busy\n\n"
                    "Both jobs put you in constant contact with patients, many of whom are "
                    "worried or unwell. The medical assistant role adds hands-on clinical tasks "
                    "that a receptionist does not do, and with them more responsibility for "
                    "getting details exactly right. In small practices the line between the two jobs is often blurred."
                ),
                "verdict": (
                    "Receptionists manage the front desk; medical assistants combine front-desk "
                    "work with clinical support."
                ),
            },
            {
                "kind": "requirements",
                "heading": "Education and training",
                "body": (
                    "**Medical receptionists** usually need a high school diploma or equivalent. "
                    "Training happens mainly on the job and covers scheduling software, insurance "
                    "basics and privacy rules. A short course in medical terminology can help you "
                    "stand out from other applicants.\n\n"
                    "**Medical assistants** usually complete a certificate or diploma program, "
                    "often about a year long, covering anatomy, clinical procedures and medical "
                    "office skills. Some employers train high school graduates instead. Voluntary "
                    "certification, such as the CMA or RMA, is preferred by many employers and may "
                    "be needed for certain tasks in some states.\n\n"
                    "If you are unsure which to choose, starting as a receptionist is a low-cost "
                    "way to learn how a clinic works. Many receptionists later train as medical "
                    "assistants, sometimes with support from their employer."
                ),
                "verdict": (
                    "Receptionists train on the job; medical assistants usually complete a "
                    "program of about a year."
                ),
            },
            {
                "kind": "environment",
                "heading": "Work environment",
                "body": (
                    "Both jobs are based in physicians' offices, clinics, hospitals and outpatient "
                    "centers, and both are busiest when the clinic is full.\n\n"
                    "**Medical receptionists** work at the front desk, often handling phone calls, "
                    "walk-in questions and check-ins at the same time. Part-time schedules are "
                    "common, and some hospital or urgent care jobs include evenings and "
                    "weekends.\n\n"
                    "**Medical assistants** move between the front desk, exam rooms and the lab "
                    "area, and they are on their feet for most of the day. They have closer "
                    "contact with patients' physical care, including handling specimens, which "
                    "some people find rewarding and others would rather avoid.\n\n"
                    "Neither job usually involves the overnight shifts common in hospital "
                    "nursing, which makes both attractive to people who need predictable hours."
                ),
                "verdict": (
                    "Receptionists stay at the desk; medical assistants move around the clinic "
                    "and handle more hands-on care."
                ),
            },
        ],
        "links": [
            {
                "after": 1,
                "label": "What does a medical receptionist do?",
                "role": "medical-receptionist",
            },
            {
                "after": 3,
                "label": "Related: Medical Assistant vs. Registered Nurse",
                "comparison": "medical-assistant-vs-registered-nurse",
            },
        ],
    },
    # 14: submitted by the writer, waiting for an editor.
    {
        "slug": "school-counselor-vs-high-school-teacher",
        "role_a": "school-counselor",
        "role_b": "high-school-teacher",
        "title": "School Counselor vs. High School Teacher: What's the Difference?",
        "lead": (
            "Teachers and school counselors both support students' success, but one teaches a "
            "subject to whole classes while the other helps students one to one with academic, "
            "personal and career decisions. Here is how they compare."
        ),
        "intro": (
            "Many school counselors are former teachers, and in some states teaching experience "
            "is still part of the route into counseling. Both jobs involve caring about young "
            "people's progress and working closely with families.\n\n"
            "The work itself is different. A teacher is responsible for helping a class learn a "
            "subject. A school counselor is responsible for helping individual students cope, "
            "plan and make choices, often when something is getting in the way of their learning."
        ),
        "tags": ["education", "teaching", "career change"],
        "author": "writer",
        "state": "in_review",
        "published": None,
        "sections": [
            {
                "kind": "duties",
                "heading": "Duties and responsibilities",
                "body": (
                    "**School counselors** typically:\n\n"
                    "- meet students one to one and in small groups about academic, social or "
                    "emotional concerns\n"
                    "- help students choose courses and plan for college, training or work\n"
                    "- respond to crises and refer students to outside services when needed\n"
                    "- run classroom sessions on topics such as study skills or bullying\n"
                    "- work with teachers, administrators and parents on plans to support "
                    "individual students\n\n"
                    "**High school teachers** typically:\n\n"
                    "- plan and teach lessons in their subject\n"
                    "- assess students' work and give feedback\n"
                    "- manage behavior and routines in the classroom\n"
                    "- report progress to students, parents and the school\n\n"
                    "Teachers see each student for a class period several times a week. "
                    "Counselors may be responsible for hundreds of students but see most of them "
                    "only when there is a reason to."
                ),
                "verdict": (
                    "Teachers teach subjects to whole classes; counselors support individual "
                    "students' development, wellbeing and plans."
                ),
            },
            {
                "kind": "requirements",
                "heading": "Education and licensing",
                "body": (
                    "**School counselors** in most states need a master's degree in school "
                    "counseling or a closely related field, including a supervised internship, and "
                    "a state credential, which may be called a certificate, license or "
                    "endorsement. Some states also require teaching experience or a teaching "
                    "license before a counselor can be credentialed.\n\n"
                    "**High school teachers** in public schools need a bachelor's degree, a "
                    "completed teacher preparation program and a state license. Private schools "
                    "set their own requirements but usually expect a degree in the subject "
                    "taught.\n\n"
                    "For teachers considering a move into counseling, the main hurdle is the "
                    "graduate degree, which typically takes about two years of full-time study. "
                    "Many programs are designed for working teachers, with evening or part-time "
                    "options, so it is possible to keep teaching while you study."
                ),
                "verdict": (
                    "Teaching requires a bachelor's degree and a license; school counseling "
                    "usually requires a master's degree and a separate credential."
                ),
            },
            {
                "kind": "environment",
                "heading": "Work environment",
                "body": (
                    "Both roles are based in schools and tied to the academic year.\n\n"
                    "**School counselors** usually have their own office so that students can "
                    "talk privately. Their days are less predictable than teachers': a planned "
                    "meeting about college applications can be pushed aside by a student in "
                    "distress. Some counselors work part of the summer on scheduling and college "
                    "preparation. The emotional load can be heavy, because counselors deal with "
                    "family breakdown, mental health problems and safety concerns.\n\n"
                    "**Teachers** spend most of the day in front of classes, with time before and "
                    "after school, and often evenings, for planning and grading. Most have the "
                    "summer off.\n\n"
                    "Both roles involve regular contact with parents, but counselors more often "
                    "handle the sensitive conversations."
                ),
                "verdict": (
                    "Teachers have structured, class-based days; counselors have less predictable "
                    "days and carry a heavier emotional load."
                ),
            },
            {
                "kind": "skills",
                "heading": "Key skills",
                "body": (
                    "**Shared skills**\n\n"
                    "- communicating with young people and parents\n"
                    "- patience and empathy\n"
                    "- organization and record keeping\n"
                    "- working within school policies\n\n"
                    "**Counselor emphasis**\n\n"
                    "- active listening and counseling techniques\n"
                    "- crisis response and knowing when to refer\n"
                    "- college and career guidance\n"
                    "- strict confidentiality and ethical judgment\n\n"
                    "**Teacher emphasis**\n\n"
                    "- subject expertise\n"
                    "- planning and delivering lessons\n"
                    "- classroom management\n"
                    "- assessment\n\n"
                    "Teachers who find they enjoy the one-to-one conversations more than "
                    "delivering lessons often find counseling a natural fit. Those who love their "
                    "subject usually stay in the classroom or move into leadership roles within "
                    "their department. The overlap is real: counselors regularly lead classroom lessons on study skills or careers, and teachers are often the first to notice when a student needs a counselor's help. Experience in one role makes you better at the other."
                ),
                "verdict": (
                    "Teachers need subject and classroom skills; counselors need listening, "
                    "crisis-response and guidance skills."
                ),
            },
            {
                "kind": "salary",
                "heading": "Salary",
                "body": (
                    "The U.S. Bureau of Labor Statistics (BLS) reports a median annual wage of **{{"
                    " a.salary }}** for school and career counselors and advisors in {{ "
                    "a.salary_period }}, and **{{ b.salary }}** for high school teachers in {{ "
                    "b.salary_period }}.\n\n"
                    "The counselor category also includes career counselors who work outside "
                    "schools. Read together, they suggest that pay is broadly similar at the "
                    "median.\n\n"
                    "In many public school districts, counselors are paid on the same salary "
                    "schedule as teachers, and the master's degree counselors need can place them "
                    "higher on that schedule. Some counselors also work extra days before or after "
                    "the school year, which adds to their annual pay. Check your district's "
                    "published salary schedule to see exactly how the two compare where you live."
                ),
                "verdict": (
                    "Median pay is broadly similar ({{ a.salary }} for counselors in {{ "
                    "a.salary_period }}, {{ b.salary }} for teachers in {{ b.salary_period }})."
                ),
            },
        ],
        "links": [
            {"after": 2, "label": "What does a school counselor do?", "role": "school-counselor"},
            {
                "after": 5,
                "label": "BLS Occupational Outlook Handbook: School and Career Counselors and Advisors",
                "url": "https://www.bls.gov/ooh/community-and-social-service/school-and-career-counselors.htm",
            },
        ],
    },
    # 15: sent back by the editor. The intro is too long and the salary section gives no
    # source or dates; the review comment asks the writer to fix both.
    {
        "slug": "office-manager-vs-operations-manager",
        "role_a": "office-manager",
        "role_b": "operations-manager",
        "title": "Office Manager vs. Operations Manager: What's the Difference?",
        "lead": (
            "Office managers keep one workplace running smoothly; operations managers run the "
            "processes that deliver a company's products or services, often across several teams "
            "or sites. Compare the two roles."
        ),
        "intro": (
            "Office managers and operations managers both make organizations work better, and "
            "both titles include the word manager, so it is easy to assume they are the same job "
            "at different sizes. In reality they differ quite a lot, and the difference matters "
            "if you are planning your next career step or deciding which job ad to answer.\n\n"
            "An office manager is focused on administration: the people, systems and supplies "
            "that keep an office working from day to day. An operations manager is focused on "
            "delivery: how the organization produces what it sells, how efficiently it does so, "
            "and how several departments fit together. Some office managers grow into operations "
            "roles, but it usually takes a deliberate effort to gain the broader experience "
            "required, and along the way you will need to learn budgeting, process improvement "
            "and how to lead other managers rather than individual staff members."
        ),
        "tags": ["management", "office administration"],
        "author": "writer",
        "state": "changes_requested",
        "review_comment": (
            "Please add a source for the salary paragraph and shorten the intro. The two "
            "figures are from different years (May 2020 and May 2023), so say so, and cut the "
            "intro to two or three sentences."
        ),
        "published": None,
        "sections": [
            {
                "kind": "duties",
                "heading": "Duties and responsibilities",
                "body": (
                    "**Office managers** typically:\n\n"
                    "- supervise administrative and reception staff\n"
                    "- run office systems such as filing, mail and purchasing\n"
                    "- look after the premises, equipment and service contracts\n"
                    "- process invoices, expenses and payroll paperwork\n"
                    "- organize onboarding and office events\n\n"
                    "**Operations managers** typically:\n\n"
                    "- plan and oversee the work of several teams or departments\n"
                    "- set performance targets and monitor results\n"
                    "- manage operating budgets and resources\n"
                    "- improve processes to cut costs, errors or delays\n"
                    "- coordinate with sales, finance, HR and suppliers\n\n"
                    "An office manager makes sure the office supports everyone's work. An "
                    "operations manager is accountable for what the organization produces, "
                    "whether that is parcels shipped, patients seen or client projects delivered. In a small company one person may do both jobs, but the skills each needs are different."
                ),
                "verdict": (
                    "Office managers keep an office running; operations managers answer for how "
                    "well the organization delivers its products or services."
                ),
            },
            {
                "kind": "requirements",
                "heading": "Education and experience",
                "body": (
                    "**Office managers** can often start with a high school diploma and several "
                    "years of administrative experience, although an associate or bachelor's "
                    "degree in business is increasingly common.\n\n"
                    "**Operations managers** usually need a bachelor's degree in business, "
                    "management, engineering or a field related to the industry, plus substantial "
                    "work experience, typically five years or more, including managing people. An "
                    "MBA can help at senior levels. Certifications in process improvement, such as "
                    "Lean or Six Sigma, are valued in manufacturing, logistics and healthcare.\n\n"
                    "For office managers aiming at operations roles, the most useful steps are "
                    "taking on responsibility for a budget, leading a process-improvement project "
                    "and learning to report on performance data. Asking to shadow an operations "
                    "manager for a few days is a practical way to see whether the job appeals."
                ),
                "verdict": (
                    "Office management can be reached through experience; operations management "
                    "usually needs a degree and years of people management."
                ),
            },
            {
                "kind": "environment",
                "heading": "Work environment",
                "body": (
                    "**Office managers** work on site in offices of all kinds, usually during "
                    "regular business hours. The job is varied and full of small interruptions, "
                    "from broken printers to new starters who need equipment on their first "
                    "morning.\n\n"
                    "**Operations managers** work in offices, warehouses, plants, stores, clinics "
                    "or service centers, depending on the industry. Many work more than 40 hours a "
                    "week, and some are on call when problems come up outside normal hours. Travel "
                    "between sites is common in organizations with several locations.\n\n"
                    "The pressure is different too. Office managers deal with many small, "
                    "immediate issues. Operations managers carry responsibility for targets, "
                    "budgets and results that senior leaders watch closely, and a bad month shows "
                    "up in the numbers. Some people thrive on that; others prefer the variety of the office manager's day."
                ),
                "verdict": (
                    "Office managers have regular, interruption-filled days; operations managers "
                    "work longer hours under pressure to hit targets."
                ),
            },
            {
                "kind": "skills",
                "heading": "Key skills",
                "body": (
                    "**Office manager skills**\n\n"
                    "- organizing people, tasks and supplies\n"
                    "- administrative systems and office software\n"
                    "- basic bookkeeping\n"
                    "- supervising support staff\n"
                    "- managing vendors\n\n"
                    "**Operations manager skills**\n\n"
                    "- analyzing and improving processes\n"
                    "- budgeting and forecasting\n"
                    "- leading managers and large teams\n"
                    "- analyzing performance data and targets\n"
                    "- negotiating with suppliers and other departments\n\n"
                    "Both roles need reliability, good judgment and calm under pressure. The "
                    "operations manager role demands a firmer grasp of numbers and a wider view of "
                    "how the whole organization fits together, while the office manager role "
                    "rewards a practical, hands-on approach to solving problems quickly. If you are an office manager who enjoys spreadsheets and improving how things are done, operations may be a natural next step. If you prefer helping people directly, you may be happier staying in office management or moving into HR."
                ),
                "verdict": (
                    "Office managers need practical organizing skills; operations managers need "
                    "process, financial and leadership skills."
                ),
            },
            {
                "kind": "salary",
                "heading": "Salary",
                "body": (
                    "Operations managers earn considerably more than office managers. The median "
                    "annual wage is **{{ b.salary }}** for general and operations managers ({{ "
                    "b.salary_period }}) and **{{ a.salary }}** for office managers ({{ "
                    "a.salary_period }}), so operations managers earn far more at the median.\n\n"
                    "The gap reflects the operations manager's wider responsibility for budgets, "
                    "teams and results. It also reflects the more senior level at which most "
                    "operations managers are hired: few people reach the job without years of "
                    "experience in supervisory roles first.\n\n"
                    "Pay for both roles depends heavily on industry and on the size of the "
                    "organization. Operations managers in large manufacturers or logistics "
                    "companies tend to earn more than those in small service businesses. "
                    "Experience, location and the number of people managed also make a large "
                    "difference."
                ),
                "verdict": (
                    "Operations managers earn far more than office managers at the median ({{ "
                    "b.salary }} vs. {{ a.salary }})."
                ),
            },
        ],
        "links": [
            {
                "after": 1,
                "label": "Related: Office Manager vs. Executive Assistant",
                "comparison": "office-manager-vs-executive-assistant",
            },
            {
                "after": 4,
                "label": "What does an operations manager do?",
                "role": "operations-manager",
            },
        ],
    },
    # 16: approved and scheduled to go live later.
    {
        "slug": "data-scientist-vs-software-engineer",
        "role_a": "data-scientist",
        "role_b": "software-engineer",
        "title": "Data Scientist vs. Software Engineer: Which Tech Career Fits You?",
        "lead": (
            "Data scientists use data to answer questions and build predictive models; software "
            "engineers build and run the software those models live in. Compare the work, "
            "training and pay of two popular tech careers."
        ),
        "intro": (
            "Data science and software engineering both reward strong programming and "
            "problem-solving skills, and the two often work side by side on the same products. "
            "Machine learning engineering, a blend of the two, has grown precisely because the "
            "boundary is blurry.\n\n"
            "The core difference is the output. A software engineer's main output is working, "
            "reliable software. A data scientist's main output is an insight or a model, together "
            "with the evidence that it is right."
        ),
        "tags": ["data", "software development", "tech careers"],
        "author": "editor",
        "state": "scheduled",
        "scheduled_for": "2026-12-08T09:00",
        "published": None,
        "sections": [
            {
                "kind": "duties",
                "heading": "Duties and responsibilities",
                "body": (
                    "**Data scientists** typically:\n\n"
                    "- explore data to understand patterns and quality problems\n"
                    "- build statistical and machine learning models\n"
                    "- design experiments and measure the effect of changes\n"
                    "- present findings and recommendations to decision-makers\n"
                    "- work with engineers to deploy and monitor models\n\n"
                    "**Software engineers** typically:\n\n"
                    "- design features and system architecture\n"
                    "- write, review and test code\n"
                    "- maintain and improve existing systems\n"
                    "- fix bugs and respond to production incidents\n"
                    "- automate builds, testing and deployment\n\n"
                    "On a typical product team, the data scientist might work out which "
                    "recommendations users are most likely to click on, while the software "
                    "engineer builds the service that delivers those recommendations quickly and "
                    "reliably to millions of users. Each depends on the other: a model is of little use until it runs in production, and a product improves faster with evidence about what works."
                ),
                "verdict": (
                    "Data scientists produce insights and models; software engineers build and "
                    "maintain the systems that run in production."
                ),
            },
            {
                "kind": "requirements",
                "heading": "Education and experience",
                "body": (
                    "Both careers usually start with a bachelor's degree in a technical field.\n\n"
                    "**Data scientists** typically study statistics, mathematics, computer science "
                    "or a quantitative science. Many employers prefer a master's degree or PhD, "
                    "especially for research-heavy jobs, because the work relies on a solid "
                    "understanding of statistics and machine learning.\n\n"
                    "**Software engineers** typically study computer science or software "
                    "engineering, but many are hired after bootcamps or self-study if they can "
                    "pass technical interviews. An advanced degree is rarely required outside "
                    "specialized areas such as compilers or computer graphics.\n\n"
                    "For both, a portfolio helps: for data scientists, analyses and models with "
                    "clear write-ups; for engineers, working projects and contributions to real "
                    "codebases that others rely on. Internships are valuable on both paths, and many employers hire their interns."
                ),
                "verdict": (
                    "Data science leans toward advanced degrees; software engineering is more "
                    "open to bootcamp and self-taught routes."
                ),
            },
            {
                "kind": "environment",
                "heading": "Work environment",
                "body": (
                    "Both roles are mostly office-based or remote and are found in technology "
                    "companies, finance, healthcare, retail, government and consultancies.\n\n"
                    "**Data scientists** often split their time between independent analysis and "
                    "meetings with product, business or research teams. Projects can run for "
                    "weeks, and some experiments produce no usable result, which takes patience "
                    "and a willingness to say so plainly.\n\n"
                    "**Software engineers** usually work in agile teams with short cycles of "
                    "planning, building and releasing. Code review is a constant part of the day. "
                    "Many engineers take turns on call to handle outages, which can mean "
                    "occasional night or weekend work.\n\n"
                    "Both jobs involve long periods of concentrated work at a computer, balanced "
                    "with collaboration. Remote work is common in both fields, though many teams still meet in person for planning."
                ),
                "verdict": (
                    "Data scientists work on longer, exploratory projects; software engineers "
                    "work in short release cycles, sometimes with on-call duty."
                ),
            },
            {
                "kind": "skills",
                "heading": "Key skills",
                "body": (
                    "**Shared skills**\n\n"
                    "- programming, usually including Python\n"
                    "- SQL and working with data\n"
                    "- version control and collaboration tools\n"
                    "- breaking complex problems into steps\n\n"
                    "**Data scientist emphasis**\n\n"
                    "- statistics and probability\n"
                    "- machine learning methods\n"
                    "- experiment design\n"
                    "- explaining uncertainty to non-specialists\n\n"
                    "**Software engineer emphasis**\n\n"
                    "- data structures and algorithms\n"
                    "- system design and architecture\n"
                    "- testing, debugging and performance tuning\n"
                    "- writing maintainable code for large teams\n\n"
                    "People who enjoy both sides often move toward machine learning engineering, "
                    "which combines modeling with production-quality software and is one of the "
                    "more common bridges between the two careers. If you are unsure which way to lean, try a small project of each kind: build a simple model, then build a small web service that serves it. You will quickly notice which part you enjoy more."
                ),
                "verdict": (
                    "Data scientists need statistics and modeling skills; software engineers need "
                    "design, testing and engineering discipline."
                ),
            },
            {
                "kind": "salary",
                "heading": "Salary",
                "body": (
                    "The U.S. Bureau of Labor Statistics (BLS) reports a median annual wage of **{{"
                    " a.salary }}** for data scientists in {{ a.salary_period }} and **{{ b.salary "
                    "}}** for software developers, the occupation that includes software engineers,"
                    " in {{ b.salary_period }}.\n\n"
                    "Both careers pay well above the median for all occupations.\n\n"
                    "In both fields, pay rises steeply with experience and varies by employer. "
                    "Large technology companies often add stock awards and bonuses that median wage"
                    " figures do not capture, and specialists in areas such as machine learning "
                    "infrastructure can command a premium. Compare total pay, not just base salary,"
                    " when you weigh offers."
                ),
                "verdict": (
                    "Median pay is close ({{ a.salary }} for data scientists in {{ a.salary_period "
                    "}}, {{ b.salary }} for software developers in {{ b.salary_period }})."
                ),
            },
        ],
        "links": [
            {
                "after": 1,
                "label": "Related: Data Scientist vs. Data Analyst",
                "comparison": "data-scientist-vs-data-analyst",
            },
            {
                "after": 4,
                "label": "Related: Software Engineer vs. Web Developer",
                "comparison": "software-engineer-vs-web-developer",
            },
        ],
    },
]
