// The nouns that make a line a job's title: "Data Analyst", "Summer Research Intern", "Registered Nurse".

// Role nouns of software postings, then the common ones of trades, labs, care, schools, shops, kitchens and offices.
// Role nouns that are also common product and company words ("AI Assistant", "Operator Labs", "Amazon
// Inspector", "Nurse Finders", "Printer Drivers", "Cook County") count only where they head a title: after a modifier, at the end of the
// line or before its separator, a level or "at" ("Registered Nurse", "Machine Operator II, Nights"); the
// trade nouns among them only in the singular, as a business is named in the plural ("Acme Printers").
export const ROLE_NOUN =
  /\b(engineer|developer|scientist|analyst|intern|internship|ph\.?d\.? (?:candidate|student|position|researcher)|doctoral (?:candidate|researcher|student)|postdoc(?:toral (?:researcher|fellow|associate))?|(?:research|postdoctoral|teaching) fellow|graduate (?:scheme|programme|program)|manager|designer|architect|administrator|specialist|consultant|researcher|programmer|technician|director|lead|sre|devops|associate|coordinator|strategist|writer|recruiter|accountant|representative|officer|head of|co-?op|apprentice|trainee|supervisor|foreman|forewoman|chemist|technologist|clerk|electrician|welder|mechanic|machinist|teacher|instructor|advis[eo]r|auditor|economist|statistician|pharmacist|therapist|barista|bartender|zookeeper|bookkeeper|housekeeper|groundskeeper|landscaper|educator|cashier|receptionist|dispatcher|carpenter|plumber|caregiver|janitor|custodian|paralegal|dishwasher|hygienist|phlebotomist|paramedic)\b|(?<=[A-Za-z][.]?\s)(?:(nurse|operator|inspector|planner|assistant|executive)s?|driver|cook|printer|attendant)(?=\s*$|\s*[,(|–—/]|\s+-\s|\s+(?:at|@)\s|\s+(?:I{1,3}|IV|\d)\b)/i;
